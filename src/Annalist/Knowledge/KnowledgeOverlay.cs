using Annalist.DataFiles;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Matching;
using Annalist.Knowledge.Petrarch;
using Annalist.Knowledge.Places;
using Annalist.Knowledge.Verbs;

namespace Annalist.Knowledge;

/// <summary>A user's knowledge files read and indexed, ready to lay over a <see cref="KnowledgeBase"/>.</summary>
public sealed class KnowledgeOverlay
{
    private static readonly PhraseIndex<AgentEntry> NoAgents = PhraseIndex<AgentEntry>.Build([], _ => []);
    private static readonly PhraseIndex<ActorEntry> NoActors = PhraseIndex<ActorEntry>.Build([], _ => []);

    public PhraseIndex<ActorEntry>? Actors { get; private init; }

    public PhraseIndex<AgentEntry>? Agents { get; private init; }

    public PhraseIndex<Place>? Places { get; private init; }

    public VerbDictionary? Verbs { get; private init; }

    public DiscardList? Discards { get; private init; }

    public bool ReplaceActors { get; private init; }

    public bool ReplaceVerbs { get; private init; }

    public required KnowledgeLoadReport Report { get; init; }

    /// <summary>
    /// Reads every file the options name; a missing file is a <see cref="DataFileException"/>, bad lines are in <see cref="Report"/>.
    /// A verbs file laid over the knowledge's own (not <see cref="KnowledgeOverlayOptions.Replace"/>) may name the synsets of
    /// <paramref name="underlying"/> ("&amp;AGREEMENT_" of CAMEO.2.0), as the project's verbs do.
    /// </summary>
    public static KnowledgeOverlay Read(KnowledgeOverlayOptions options, ActorCodeParser codes, IReadOnlyDictionary<string, Synset>? underlying = null)
    {
        var report = new KnowledgeLoadReport();
        var actors = new List<ActorEntry>();
        const int firstId = 10_000_000;
        foreach (var path in options.Actors)
        {
            Require(path);
            var file = report.Add(path, "actors");
            actors.AddRange(path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
                ? ActorTsvReader.Read(path, path, KnowledgeLayer.User, codes, firstId + actors.Count, file)
                : KnowledgeBuilder.ActorEntries(PetrarchActorReader.Read(path, file), path, KnowledgeLayer.User, codes, firstId + actors.Count, militantGroups: false));
        }

        foreach (var path in options.Media)
        {
            Require(path);
            actors.AddRange(ActorTsvReader.Read(path, path, KnowledgeLayer.User, codes, firstId + actors.Count, report.Add(path, "media"), media: true));
        }

        var agents = new List<AgentEntry>();
        foreach (var path in options.Agents)
        {
            Require(path);
            var file = report.Add(path, "agents");
            agents.AddRange(path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
                ? AgentTsvReader.Read(path, path, KnowledgeLayer.User, firstId + agents.Count, file)
                : KnowledgeBuilder.AgentEntries(PetrarchAgentReader.Read(path, file), path, KnowledgeLayer.User, firstId + agents.Count));
        }

        var places = new List<Place>();
        foreach (var path in options.Places)
        {
            Require(path);
            places.AddRange(PlaceReaders.ReadUserPlaces(path, report.Add(path, "places")));
        }

        var discards = new List<PetrarchDiscardRecord>();
        foreach (var path in options.Discards)
        {
            Require(path);
            discards.AddRange(PetrarchDiscardReader.Read(path, report.Add(path, "discards")));
        }

        VerbDictionary? verbs = null;
        if (options.Verbs is { } verbPath)
        {
            Require(verbPath);
            verbs = PetrarchVerbReader.Read(verbPath, verbPath, report.Add(verbPath, "verbs"), options.Replace ? null : underlying);
        }

        return new KnowledgeOverlay
        {
            Actors = actors.Count > 0 || options.Replace ? PhraseIndex<ActorEntry>.Build(actors, a => a.Phrases.Select(ActorEntry.IndexPhrase)) : null,
            Agents = agents.Count > 0 || options.Replace ? PhraseIndex<AgentEntry>.Build(agents, a => a.Phrases) : null,
            Places = places.Count > 0 ? PhraseIndex<Place>.Build(places, p => p.AlternateNames.Prepend(p.Name)) : null,
            Discards = discards.Count > 0 || (options.Replace && options.Discards.Count > 0)
                ? new DiscardList(PhraseIndex<PetrarchDiscardRecord>.Build(discards, d => [d.Phrase]), string.Join(',', options.Discards))
                : null,
            Verbs = verbs,
            ReplaceActors = options.Replace,
            ReplaceVerbs = options.Replace && verbs is not null,
            Report = report,
        };
    }

    /// <summary>The overlay's actors and agents alone (for <see cref="KnowledgeOverlayOptions.Replace"/>).</summary>
    public ActorDictionary ActorsOnly(ActorCodeParser codes) =>
        new(new LayeredIndex<ActorEntry>(Actors ?? NoActors), new AgentDictionary(new LayeredIndex<AgentEntry>(Agents ?? NoAgents)), codes);

    private static void Require(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException(path, "no such knowledge file");
        }
    }
}
