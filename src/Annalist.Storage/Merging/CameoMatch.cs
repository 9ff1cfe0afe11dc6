namespace Annalist.Storage.Merging;

/// <summary>How merging compares the CAMEO codes of two reports of the same PLOVER type.</summary>
public enum CameoMatch
{
    /// <summary>One code is a prefix of the other (07 and 072 merge; 072 and 073 do not). The default.</summary>
    Prefix,

    /// <summary>The two-digit roots must be equal.</summary>
    Root,

    /// <summary>The PLOVER type alone decides.</summary>
    Any,
}
