using System.Reflection;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Rules;
using Annalist.DataFiles;
using Annalist.Events;
using Annalist.Knowledge;
using Annalist.Knowledge.Actors;
using Annalist.Syntax;

namespace Annalist.Coding.Knowledge;

/// <summary>
/// Builds the event coder from shipped (or given) knowledge: actors and places from the knowledge
/// base, verb patterns from its CAMEO dictionary, event nouns from <c>data/lexicon</c>, and the
/// versions of code, knowledge and model that every record carries.
/// </summary>
public static class StandardCoder
{
    public const string NounLexiconPath = "lexicon/event-nouns.tsv";

    public static string AnnalistVersion { get; } =
        typeof(StandardCoder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static NounEventLexicon LoadNouns(DataDirectory data) => NounEventLexicon.Load(data.PathOf("lexicon", "event-nouns.tsv"));

    public static EventCoder Create(KnowledgeBase knowledge, NounEventLexicon? nouns, string modelVersion, CoderOptions? options = null) =>
        new(
            new KnowledgeActorFinder(knowledge.Actors, CountryCodes(knowledge)),
            new DictionaryEventLexicon(knowledge.Verbs, nouns),
            new KnowledgeOntology(knowledge.Ontology),
            new KnowledgePlaceFinder(knowledge.Places),
            new VersionStamp(AnnalistVersion, knowledge.Version, modelVersion) { Rules = CodingRules.Shipped.Version },
            options);

    /// <summary>
    /// The codes that name countries: ISO 3166 alpha-3 from the country table, the country codes the actor
    /// dictionaries use (e.g. a validation suite's invented states), but not CAMEO group codes.
    /// </summary>
    public static IReadOnlySet<string> CountryCodes(KnowledgeBase knowledge)
    {
        var codes = new HashSet<string>(knowledge.Countries.Select(c => c.Iso3), StringComparer.Ordinal);
        foreach (var entry in knowledge.Actors.Entries)
        {
            foreach (var code in entry.Codes)
            {
                if (ActorCode.IsCountry(code.Code.Value) && entry.Kind == ActorKind.State)
                {
                    codes.Add(code.Code.Value);
                }
            }
        }

        return codes;
    }

    /// <summary>The version string of a syntax model for event records: its manifest version, else "unversioned".</summary>
    public static string ModelVersion(SyntaxModel model) => model.Manifest?.Version ?? "unversioned";
}
