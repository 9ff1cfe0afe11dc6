using System.Reflection;
using Annalist.Coding.Lexicon;
using Annalist.DataFiles;
using Annalist.Events;
using Annalist.Knowledge;
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
            new KnowledgeActorFinder(knowledge.Actors),
            new DictionaryEventLexicon(knowledge.Verbs, nouns),
            new KnowledgeOntology(knowledge.Ontology),
            new KnowledgePlaceFinder(knowledge.Places),
            new VersionStamp(AnnalistVersion, knowledge.Version, modelVersion),
            options);

    /// <summary>The version string of a syntax model for event records: its manifest version, else "unversioned".</summary>
    public static string ModelVersion(SyntaxModel model) => model.Manifest?.Version ?? "unversioned";
}
