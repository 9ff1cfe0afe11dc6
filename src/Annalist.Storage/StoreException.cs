namespace Annalist.Storage;

/// <summary>The store cannot be opened or used (missing file, unreachable server, newer schema); the message says what to do.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
