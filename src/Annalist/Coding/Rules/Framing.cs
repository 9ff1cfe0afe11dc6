namespace Annalist.Coding.Rules;

/// <summary>How an act is framed by the clause that reports it, for <c>data/coding/derived-codes.tsv</c>.</summary>
public enum Framing
{
    /// <summary>Promised, offered or planned by its own actor.</summary>
    Intended,

    /// <summary>Demanded of its doer by someone else.</summary>
    Demanded,

    /// <summary>Refused by its doer.</summary>
    Refused,
}
