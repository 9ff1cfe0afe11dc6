namespace Annalist.Server.Security;

/// <summary>Who may call an endpoint.</summary>
public enum Access
{
    /// <summary>Reads and coding: open unless <c>Annalist:RequireKeyForReads</c> closes them.</summary>
    Read,

    /// <summary>Changes the store: always needs an API key.</summary>
    Write,
}
