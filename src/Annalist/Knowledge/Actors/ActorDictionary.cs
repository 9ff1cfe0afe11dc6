using Annalist.Documents;
using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Matching;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// Actors and roles together: finds actor mentions in a sentence (dictionary phrases, countries and their
/// adjectives, capitals as governments, people in office, organisations, media) and composes unnamed people
/// from a country and a role ("North Korean Foreign Minister Choe Son Hui" is PRK + ~GOV). Codes are chosen
/// for a date. Immutable and thread-safe; reuse one instance.
/// </summary>
public sealed class ActorDictionary
{
    private readonly Lazy<Dictionary<string, ActorEntry[]>> surnames;

    public ActorDictionary(LayeredIndex<ActorEntry> index, AgentDictionary agents, ActorCodeParser codes)
    {
        Index = index;
        Agents = agents;
        Codes = codes;
        surnames = new Lazy<Dictionary<string, ActorEntry[]>>(IndexSurnames);
    }

    public LayeredIndex<ActorEntry> Index { get; }

    public AgentDictionary Agents { get; }

    public ActorCodeParser Codes { get; }

    public int Count => Index.Layers.Sum(l => l.Items.Count);

    public IEnumerable<ActorEntry> Entries => Index.Layers.SelectMany(l => l.Items);

    /// <summary>A dictionary with overlay layers on top (either may be null).</summary>
    public ActorDictionary With(PhraseIndex<ActorEntry>? actors, PhraseIndex<AgentEntry>? agents) =>
        new(actors is null ? Index : Index.With(actors), agents is null ? Agents : Agents.With(agents), Codes);

    /// <summary>
    /// Every reading of <paramref name="text"/> on <paramref name="date"/>, best first: entries named exactly by
    /// the text (a leading "the" ignored), then what the sentence matcher finds in it (compositions, parts).
    /// </summary>
    public IReadOnlyList<ActorCandidate> Lookup(string text, DateOnly date)
    {
        var tokens = new StringTokenForms(text);
        var result = new List<ActorCandidate>();
        if (tokens.Count == 0)
        {
            return result;
        }

        var start = tokens.Count > 1 && tokens.Form(0).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var exact = new List<ActorEntry>();
        Index.MatchExactly(tokens, start, tokens.Count, exact);
        var words = ActorPieces.Words(tokens, start, tokens.Count);
        exact.RemoveAll(e => !e.Admits(words));
        result.AddRange(Rank(exact, tokens.Slice(start, tokens.Count), date));
        var mentions = Find(tokens, 0, tokens.Count, date, requireCapitalized: false);
        foreach (var mention in mentions.OrderByDescending(m => m.Tokens.Count).ThenBy(m => m.Tokens.Start))
        {
            if (mention.Candidate is { } candidate && !result.Any(c => c.Code == candidate.Code && c.Entry == candidate.Entry && c.Source == candidate.Source))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    /// <summary>
    /// The candidates of <paramref name="entries"/> for <paramref name="text"/> on <paramref name="date"/>, best first. With
    /// <paramref name="nearest"/>, an entry none of whose periods covers the date is a candidate too, after every one that
    /// has a code for it, with the code of its nearest period (<see cref="ActorEntry.NearestCode"/>).
    /// </summary>
    public IReadOnlyList<ActorCandidate> Rank(IEnumerable<ActorEntry> entries, string text, DateOnly date, bool nearest = false) =>
        [.. entries.Distinct()
            .Select(e => e.CodeOn(date) is { } on ? (Entry: e, Code: (DatedActorCode?)on, InPeriod: true) : (Entry: e, Code: nearest ? e.NearestCode(date) : null, InPeriod: false))
            .Where(x => x.Code is { } c && !c.Code.IsEmpty && c.Code.Value != "---")
            .OrderByDescending(x => x.InPeriod)
            .ThenByDescending(x => Precedence(x.Entry.Layer, x.Code!.Value))
            .ThenByDescending(x => !x.Code!.Value.IsDefault)
            .ThenBy(x => x.Entry.Id)
            .Select(x => new ActorCandidate(text, x.Code!.Value.Code, x.Entry.Kind, x.Entry.Entry, x.Entry.Source, x.Code.Value.From, x.Code.Value.To) { OutOfPeriod = !x.InPeriod })];

    /// <summary>
    /// A later layer wins, but a Factbook leader out of the office the snapshot dates (its undated elite code) yields to
    /// whatever the dictionaries say of that date ("Putin" in 2005 is Phoenix's dated RUSGOV, not the Factbook's RUSELI).
    /// </summary>
    private static int Precedence(KnowledgeLayer layer, DatedActorCode code) =>
        layer == KnowledgeLayer.Factbook && code.IsDefault ? (int)KnowledgeLayer.Dictionary - 1 : (int)layer;

    /// <summary>
    /// The people whose names end in <paramref name="word"/> ("Mugabe": Robert Mugabe), for a title followed by a
    /// surname alone ("President Mugabe"). Built on first use from every person entry of two words or more.
    /// </summary>
    public IReadOnlyList<ActorEntry> BySurname(string word) =>
        surnames.Value.TryGetValue(word, out var people) ? people : [];

    private Dictionary<string, ActorEntry[]> IndexSurnames()
    {
        var index = new Dictionary<string, List<ActorEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            if (entry.Kind != ActorKind.Person)
            {
                continue;
            }

            foreach (var phrase in entry.Phrases)
            {
                var words = phrase.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2 || words[^1].Length < 3)
                {
                    continue;
                }

                if (!index.TryGetValue(words[^1], out var people))
                {
                    index[words[^1]] = people = [];
                }

                if (!people.Contains(entry))
                {
                    people.Add(entry);
                }
            }
        }

        return index.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Actor mentions in tokens <paramref name="tokens"/> of a document, coded for <paramref name="date"/>.</summary>
    public List<ActorMention> Find(Document document, TokenRange tokens, DateOnly date) =>
        Find(new DocumentTokenForms(document), tokens.Start, tokens.End, date, requireCapitalized: true);

    /// <summary>
    /// Actor mentions in tokens [start, end): leftmost-longest dictionary phrases (an actor phrase must start
    /// with a capital when <paramref name="requireCapitalized"/>), then compositions of a country with a role
    /// and a name.
    /// </summary>
    public List<ActorMention> Find<TTokens>(TTokens tokens, int start, int end, DateOnly date, bool requireCapitalized = true)
        where TTokens : ITokenForms
    {
        var pieces = ActorPieces.Split(this, tokens, start, end, requireCapitalized);
        return new ActorComposer<TTokens>(this, tokens, pieces, date).Compose();
    }
}
