namespace Annalist.Knowledge.Actors;

/// <summary>What an actor entry names. Media outlets report claims; they are never coded as actors of events.</summary>
public enum ActorKind
{
    /// <summary>A country or a metonym for its government (a capital such as "Pyongyang").</summary>
    State,

    /// <summary>A named person (office-holders, with date-bounded codes).</summary>
    Person,

    /// <summary>An institution, IGO, NGO, party or company.</summary>
    Organization,

    /// <summary>A news outlet (KCNA, Yonhap, Reuters): who reported a claim.</summary>
    Media,

    /// <summary>A non-state armed or militant group.</summary>
    Group,

    /// <summary>The doer of an event is not named ("a roadside bomb killed three soldiers"); never a dictionary entry's kind.</summary>
    Unknown,

    /// <summary>
    /// Named, but by words no dictionary codes ("Jurisdiction for Peace", "the ELN", "a U.N. committee"): an open actor
    /// kept with its text and offsets, its code empty or only a country; never a dictionary entry's kind.
    /// </summary>
    Unresolved,
}
