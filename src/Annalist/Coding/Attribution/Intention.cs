namespace Annalist.Coding.Attribution;

/// <summary>Whose intention an intended act is.</summary>
public enum Intention
{
    /// <summary>Not an intended act.</summary>
    None,

    /// <summary>The actor's own future act, promise, offer or plan ("will support", "agreed to lift", "ready to send").</summary>
    Own,

    /// <summary>An act someone else asks for ("urged Seoul to send", "calls to send weapons").</summary>
    Requested,
}
