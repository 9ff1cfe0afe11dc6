namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A CAMEO.2.0-format verb dictionary, typed: blocks of verbs with their patterns, synsets, transformations.
/// Looked up by lemma (<see cref="ByLemma"/>) or by a written form (<see cref="ByForm"/>). Immutable.
/// </summary>
public sealed class VerbDictionary
{
    private readonly Dictionary<string, List<VerbEntry>> byLemma = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<VerbEntry>> byForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VerbBlock> blocks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VerbPattern> patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<VerbEntry, IReadOnlyList<VerbPattern>> patternsOf = new(ReferenceEqualityComparer.Instance);

    public VerbDictionary(string name, IReadOnlyList<VerbBlock> blocks, IReadOnlyDictionary<string, Synset> synsets, IReadOnlyList<VerbTransformation> transformations)
    {
        Name = name;
        Blocks = blocks;
        Synsets = synsets;
        Transformations = transformations;
        foreach (var block in blocks)
        {
            // Later blocks of the same name add to the first (PETRARCH keys patterns by block name).
            this.blocks.TryAdd(block.Name, block);
            foreach (var pattern in block.Patterns)
            {
                patterns.TryAdd(pattern.Id, pattern);
            }

            foreach (var verb in block.Verbs)
            {
                Add(byLemma, verb.Lemma, verb);
                foreach (var form in verb.Forms)
                {
                    Add(byForm, form, verb);
                }
            }
        }

        foreach (var verb in blocks.SelectMany(b => b.Verbs))
        {
            patternsOf[verb] = this.blocks.TryGetValue(verb.Block, out var block) ? ApplyingTo(verb, block) : [];
        }
    }

    /// <summary>The dictionary's name (its file name without <c>.txt</c>), used in pattern ids.</summary>
    public string Name { get; }

    public IReadOnlyList<VerbBlock> Blocks { get; }

    public IReadOnlyDictionary<string, Synset> Synsets { get; }

    public IReadOnlyList<VerbTransformation> Transformations { get; }

    public int PatternCount => Blocks.Sum(b => b.Patterns.Count);

    public int VerbCount => Blocks.Sum(b => b.Verbs.Count);

    /// <summary>Verbs whose lemma (the inflected word of a multi-word verb) is <paramref name="lemma"/>; multi-word verbs first.</summary>
    public IReadOnlyList<VerbEntry> ByLemma(string lemma) => byLemma.TryGetValue(lemma, out var list) ? list : [];

    /// <summary>Verbs written as <paramref name="form"/> (<c>said</c> gives SAY), for tokens without a lemma.</summary>
    public IReadOnlyList<VerbEntry> ByForm(string form) => byForm.TryGetValue(form, out var list) ? list : [];

    public VerbBlock? Block(string name) => blocks.GetValueOrDefault(name);

    /// <summary>
    /// The patterns that apply to a verb: those of its block, less the idioms written for its other verbs
    /// (<see cref="VerbPattern.IsIdiom"/>: "- * (WITH) [130] # BREAK" under DESTROY is not "beat up ... with").
    /// </summary>
    public IReadOnlyList<VerbPattern> PatternsOf(VerbEntry verb) =>
        patternsOf.TryGetValue(verb, out var list) ? list : blocks.TryGetValue(verb.Block, out var block) ? ApplyingTo(verb, block) : [];

    public VerbPattern? Pattern(string id) => patterns.GetValueOrDefault(id);

    private static IReadOnlyList<VerbPattern> ApplyingTo(VerbEntry verb, VerbBlock block)
    {
        bool WrittenForOthers(VerbPattern pattern) =>
            pattern.IsIdiom
            && !pattern.CommentWords.Any(w => w.Equals(verb.Lemma, StringComparison.OrdinalIgnoreCase))
            && pattern.CommentWords.Any(w => block.Verbs.Any(v => v.Lemma.Equals(w, StringComparison.OrdinalIgnoreCase)));

        return block.Patterns.Any(WrittenForOthers) ? block.Patterns.Where(p => !WrittenForOthers(p)).ToList() : block.Patterns;
    }

    private static void Add(Dictionary<string, List<VerbEntry>> index, string key, VerbEntry verb)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(verb))
        {
            list.Insert(verb.IsMultiWord ? 0 : list.Count, verb);
        }
    }
}
