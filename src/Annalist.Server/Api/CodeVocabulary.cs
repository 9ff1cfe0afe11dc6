using Annalist.Knowledge;

namespace Annalist.Server.Api;

/// <summary>
/// The codes the filters accept and the names the workbench shows beside codes, from the knowledge
/// base the coder uses: PLOVER event types with their modes and QuadClass, PLOVER contexts, and
/// countries (ISO alpha-3) with their names and centroids. Built once, on first use.
/// </summary>
public sealed class CodeVocabulary
{
    private readonly Lazy<Data> data;

    public CodeVocabulary(Func<KnowledgeBase> knowledge) => data = new Lazy<Data>(() => Build(knowledge()));

    public IReadOnlyList<TypeEntry> Types => data.Value.Types;

    public IReadOnlyList<string> Contexts => data.Value.Contexts;

    public IReadOnlyList<CountryEntry> Countries => data.Value.Countries;

    public bool IsType(string value) => data.Value.TypeNames.Contains(value);

    public bool IsMode(string value) => data.Value.ModeNames.Contains(value);

    public bool IsContext(string value) => data.Value.ContextNames.Contains(value);

    private static Data Build(KnowledgeBase knowledge)
    {
        var types = knowledge.Ontology.PloverTypes
            .Select(t => new TypeEntry(t.Name, (int)t.QuadClass, t.Modes.Select(m => m.Name).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(t => t.QuadClass).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var contexts = knowledge.Ontology.PloverContexts.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        var countries = knowledge.Countries
            .Select(c => new CountryEntry(c.Iso3, c.Name, [c.OfficialName, .. c.AlternateNames], c.Latitude, c.Longitude))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        return new Data(types, contexts, countries);
    }

    public sealed record TypeEntry(string Name, int QuadClass, IReadOnlyList<string> Modes);

    public sealed record CountryEntry(string Code, string Name, IReadOnlyList<string> OtherNames, double Latitude, double Longitude);

    private sealed class Data(List<TypeEntry> types, List<string> contexts, List<CountryEntry> countries)
    {
        public List<TypeEntry> Types { get; } = types;

        public List<string> Contexts { get; } = contexts;

        public List<CountryEntry> Countries { get; } = countries;

        public HashSet<string> TypeNames { get; } = types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        public HashSet<string> ModeNames { get; } = types.SelectMany(t => t.Modes).ToHashSet(StringComparer.Ordinal);

        public HashSet<string> ContextNames { get; } = contexts.ToHashSet(StringComparer.Ordinal);
    }
}
