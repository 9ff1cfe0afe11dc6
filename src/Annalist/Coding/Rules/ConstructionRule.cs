using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Rules;

/// <summary>
/// One row of <c>data/coding/constructions.tsv</c>: words in a dependency shape that code an event on their own
/// ("sent troops to help X" is military aid to X). The row gives the anchor's conditions, the word classes and
/// relations of the shape's slots, the CAMEO code, and an example sentence of its own with the event it must give;
/// <see cref="Coding.Constructions.ConstructionMatcher"/> interprets every shape.
/// </summary>
public sealed record ConstructionRule(
    int Order,
    string Id,
    ConstructionShape Shape,
    IReadOnlyList<PatternCondition> Conditions,
    ConstructionSlots Slots,
    CameoCode Code,
    string Example,
    string Expect,
    string Reason,
    RuleRow Row)
{
    /// <summary>The rule's id as records name it: <c>constructions.tsv:military-dispatch</c>.</summary>
    public string Name => $"{RulePackReader.ConstructionsFile}:{Id}";
}

/// <summary>The dependency shapes a construction row can take (constructions.tsv's header says what each one reads).</summary>
public enum ConstructionShape
{
    /// <summary>The anchor sends a means with a purpose clause: "sent troops to help X".</summary>
    ForcesForAPurpose,

    /// <summary>The anchor hands a thing to someone: "will send rifles to X".</summary>
    Handover,

    /// <summary>The anchor reports a content with a condemning word about another country's actor: "said X's policy was reckless".</summary>
    CondemningStatement,
}

/// <summary>The KEY=VALUE slots of a construction row, checked when the pack is read: word classes, lists and single words.</summary>
public sealed class ConstructionSlots(IReadOnlyDictionary<string, WordClass> classes, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
{
    /// <summary>The word class a slot names (<c>means=&amp;force-nouns</c>).</summary>
    public WordClass Class(string key) => classes[key];

    /// <summary>The plain words a slot lists (<c>links=advcl|xcomp</c>; '-' in a word is a space: <c>in-order-to</c>).</summary>
    public IReadOnlyList<string> List(string key) => lists.TryGetValue(key, out var list) ? list : [];

    /// <summary>The one plain word of a slot (<c>to=to</c>).</summary>
    public string Word(string key) => List(key) is [var word] ? word : string.Empty;
}
