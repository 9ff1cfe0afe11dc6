using Annalist.DataFiles;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Compiled;
using Annalist.Knowledge.Countries;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Places;
using Annalist.Knowledge.Verbs;

namespace Annalist.Knowledge;

/// <summary>
/// Everything the coder knows: the CAMEO/PLOVER ontology, actors and roles, verb patterns, places, discards and
/// countries, with the report of what was read. Load the shipped compiled form with <see cref="Load(DataDirectory)"/>,
/// add a user's overlay with <see cref="WithOverlay"/>. Immutable and thread-safe.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>The compiled form, relative to the data directory.</summary>
    public const string CompiledPath = "knowledge/knowledge.bin";

    public required EventOntology Ontology { get; init; }

    public required ActorDictionary Actors { get; init; }

    public AgentDictionary Agents => Actors.Agents;

    public required VerbDictionary Verbs { get; init; }

    public required Gazetteer Places { get; init; }

    public required DiscardList Discards { get; init; }

    public required IReadOnlyList<Country> Countries { get; init; }

    /// <summary>What each source file gave and what was skipped.</summary>
    public required KnowledgeLoadReport Report { get; init; }

    /// <summary>A short content hash of the compiled form (for the <c>versions</c> of event records).</summary>
    public string Version { get; init; } = "source";

    /// <summary>Loads <c>knowledge/knowledge.bin</c> from the data directory, checking it against its manifest.</summary>
    public static KnowledgeBase Load(DataDirectory data)
    {
        var path = data.PathOf("knowledge", "knowledge.bin");
        if (!File.Exists(path))
        {
            throw new DataFileException(path, "missing; run `annalist knowledge build` to compile it from the sources under data/knowledge");
        }

        var manifestPath = data.PathOf("knowledge", "manifest.json");
        string? expected = null;
        if (File.Exists(manifestPath))
        {
            DataManifest.Load(manifestPath).Sha256.TryGetValue("knowledge.bin", out expected);
        }

        return Load(path, expected);
    }

    /// <summary>Loads a compiled file; when <paramref name="expectedSha256"/> is given the file must have that hash.</summary>
    public static KnowledgeBase Load(string path, string? expectedSha256 = null) => KnowledgeBinary.Read(path, expectedSha256);

    /// <summary>This knowledge with a user's overlay on top (overlay entries win), or replaced by it where the overlay says so.</summary>
    public KnowledgeBase WithOverlay(KnowledgeOverlay overlay)
    {
        var actors = overlay.ReplaceActors ? overlay.ActorsOnly(Actors.Codes) : Actors.With(overlay.Actors, overlay.Agents);
        var verbs = overlay.Verbs is null ? Verbs : overlay.ReplaceVerbs ? overlay.Verbs : VerbDictionaryMerge.Over(overlay.Verbs, Verbs);
        var report = new KnowledgeLoadReport();
        foreach (var file in Report.Files.Concat(overlay.Report.Files))
        {
            report.Include(file);
        }

        return new KnowledgeBase
        {
            Ontology = Ontology,
            Actors = actors,
            Verbs = verbs,
            Places = overlay.Places is null ? Places : Places.With(overlay.Places),
            Discards = overlay.Discards ?? Discards,
            Countries = Countries,
            Report = report,
            Version = Version + "+overlay",
        };
    }
}
