namespace Annalist.Knowledge.Actors;

/// <summary>Where an entry comes from; a later layer wins over an earlier one for the same words.</summary>
public enum KnowledgeLayer
{
    /// <summary>The PETRARCH2 / Phoenix dictionaries (or a user's PETRARCH dictionaries loaded as the base).</summary>
    Dictionary = 0,

    /// <summary>People in office from the CIA World Factbook snapshot.</summary>
    Factbook = 1,

    /// <summary>Project-maintained overlays: countries, capitals, media outlets, organisations, roles.</summary>
    Project = 2,

    /// <summary>A user's overlay files.</summary>
    User = 3,
}
