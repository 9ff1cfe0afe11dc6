namespace Annalist.Storage.Merging;

/// <summary>How merging compares actors and recipients.</summary>
public enum ActorMatch
{
    /// <summary>The full codes must be equal (KORGOV and KOR are different actors).</summary>
    Code,

    /// <summary>Only the countries must be equal (KORGOV and KOR are the same actor). The default.</summary>
    Country,
}
