using Annalist.DataFiles;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Rules;

/// <summary>
/// The event coder's rule pack (<c>data/coding/</c>): word classes, what each CAMEO code or root implies,
/// the derived codes of framed acts and ordered preference lists, read from reviewed TSV files whose
/// SHA-256 the pack's manifest lists and checks. Immutable and thread-safe; <see cref="Version"/> goes into
/// every record, so a changed rule changes the records' versions.
/// </summary>
public sealed class CodingRules
{
    public const string Folder = "coding";

    private static readonly Lazy<CodingRules> ShippedPack = new(() => Load(DataDirectory.Default.PathOf(Folder)));

    private readonly IReadOnlyDictionary<string, WordClass> classes;
    private readonly IReadOnlyDictionary<CodeProperty, IReadOnlyDictionary<string, CodeRule>> properties;
    private readonly IReadOnlyDictionary<(Framing, string), (string Code, RuleRow Row)> derived;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> preferences;

    internal CodingRules(
        string version,
        IReadOnlyDictionary<string, WordClass> classes,
        IReadOnlyDictionary<CodeProperty, IReadOnlyDictionary<string, CodeRule>> properties,
        IReadOnlyDictionary<(Framing, string), (string Code, RuleRow Row)> derived,
        IReadOnlyDictionary<string, IReadOnlyList<string>> preferences,
        IReadOnlyList<TargetRule> targets,
        IReadOnlyList<ConstructionRule> constructions)
    {
        Targets = targets;
        Constructions = constructions;
        Version = version;
        this.classes = classes;
        this.properties = properties;
        this.derived = derived;
        this.preferences = preferences;
    }

    /// <summary>The pack shipped in <c>data/coding</c> (loaded and hash-checked once per process).</summary>
    public static CodingRules Shipped => ShippedPack.Value;

    /// <summary>The manifest's version and the first 12 hex digits of the manifest's SHA-256: <c>2026.12.04+3f2a…</c>.</summary>
    public string Version { get; }

    public IEnumerable<WordClass> Classes => classes.Values;

    /// <summary>The target cascade of targets.tsv, in order: the first rule that finds an actor gives the event's target.</summary>
    public IReadOnlyList<TargetRule> Targets { get; }

    /// <summary>The constructions of constructions.tsv, in order: shapes of words that code an event on their own.</summary>
    public IReadOnlyList<ConstructionRule> Constructions { get; }

    /// <summary>Reads and checks a pack directory; throws <see cref="DataFileException"/> naming the file and line of the first problem.</summary>
    public static CodingRules Load(string directory) => RulePackReader.Read(directory);

    /// <summary>The word class of this name; an unknown name is a programming error the pack's tests catch.</summary>
    public WordClass Words(string name) =>
        classes.TryGetValue(name, out var words) ? words : throw new KeyNotFoundException($"the rule pack has no word class '{name}' (data/coding/classes.tsv)");

    /// <summary>The ordered preference list of this name (preferences.tsv), most preferred first.</summary>
    public IReadOnlyList<string> Preference(string name) =>
        preferences.TryGetValue(name, out var list) ? list : throw new KeyNotFoundException($"the rule pack has no preference list '{name}' (data/coding/preferences.tsv)");

    /// <summary>Whether a CAMEO code has a property: a row for the code or its nearest listed ancestor (the root "19" covers "195").</summary>
    public bool Has(CameoCode cameo, CodeProperty property) => Find(cameo, property) is not null;

    /// <summary>The value of a code's property from its row or its nearest listed ancestor's, or null.</summary>
    public string? Value(CameoCode cameo, CodeProperty property) => Find(cameo, property)?.Value;

    /// <summary>The row that gives a code its property (value, reason, file:line), or null.</summary>
    public CodeRule? RuleOf(CameoCode cameo, CodeProperty property) => Find(cameo, property);

    /// <summary>
    /// The code of an act as it is framed: the exact code's row, else its root's, else the framing's '*' row; an
    /// intended act with no row keeps its code.
    /// </summary>
    public CameoCode Derive(Framing framing, CameoCode cameo)
    {
        if (derived.TryGetValue((framing, cameo.Value), out var exact))
        {
            return CameoCode.Parse(exact.Code);
        }

        if (derived.TryGetValue((framing, cameo.RootPrefix), out var root))
        {
            return CameoCode.Parse(root.Code);
        }

        return derived.TryGetValue((framing, "*"), out var any) ? CameoCode.Parse(any.Code) : cameo;
    }

    private CodeRule? Find(CameoCode cameo, CodeProperty property)
    {
        if (!properties.TryGetValue(property, out var rows))
        {
            return null;
        }

        foreach (var prefix in cameo.Prefixes())
        {
            if (rows.TryGetValue(prefix, out var row))
            {
                return row;
            }
        }

        return null;
    }
}
