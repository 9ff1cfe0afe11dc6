using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// A reading of a predicate or noun as an event: the CAMEO code, the argument heads that fill the
/// source and target slots (null: use the clause's default subject/object), and the dictionary
/// pattern or rule that produced it (e.g. "CAMEO.2.0:GRANT#118"). Higher specificity wins.
/// </summary>
public sealed record EventReading(CameoCode Cameo, string Rule, int Specificity)
{
    public IReadOnlyList<int>? SourceHeads { get; init; }

    public IReadOnlyList<int>? TargetHeads { get; init; }

    /// <summary>The reading names no target ("protested", "mobilised"): a one-sided event is fine.</summary>
    public bool OneSided { get; init; }

    /// <summary>Both sides act on each other ("met", "signed a treaty", "clashed"): coordinated subjects become mutual events.</summary>
    public bool Symmetric { get; init; }

    /// <summary>Extra words that belong to the trigger (a particle, a noun in the pattern), for highlighting.</summary>
    public IReadOnlyList<int> TriggerTokens { get; init; } = [];

    /// <summary>A PLOVER type and mode that the CAMEO code cannot express (a resignation: RETREAT, mode resign); null to use the table.</summary>
    public (string EventType, string Mode)? Plover { get; init; }

    /// <summary>
    /// The code of the event back from target to source that the same words say ("visited": 042 and the host's
    /// 043; "signed an accord" [057:057]: both sign), or null.
    /// </summary>
    public CameoCode? ReverseCameo { get; init; }

    /// <summary>The code has only its reverse side (<c>[:080]</c>): <see cref="Cameo"/> goes from target to source.</summary>
    public bool OnlyReverse { get; init; }

    /// <summary>The verb block (or noun) the reading came from ("ATTACK", "SAY"), for transformations over nested events.</summary>
    public string Block { get; init; } = string.Empty;

    /// <summary>The trigger with the words of the reading's phrase within three tokens of it: the span a record shows as its trigger.</summary>
    public Documents.TokenRange TriggerSpan(int trigger)
    {
        var start = trigger;
        var end = trigger + 1;
        foreach (var token in TriggerTokens)
        {
            if (Math.Abs(token - trigger) <= 3)
            {
                start = Math.Min(start, token);
                end = Math.Max(end, token + 1);
            }
        }

        return new Documents.TokenRange(start, end);
    }
}
