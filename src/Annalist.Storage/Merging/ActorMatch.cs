namespace Annalist.Storage.Merging;

/// <summary>How merging compares actors and recipients.</summary>
public enum ActorMatch
{
    /// <summary>The full codes must be equal (KORGOV and KOR are different actors). The default.</summary>
    Code,

    /// <summary>Only the countries must be equal (KORGOV and KORMIL are the same actor).</summary>
    Country,
}
