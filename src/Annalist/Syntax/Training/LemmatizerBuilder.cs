namespace Annalist.Syntax.Training;

/// <summary>
/// Learns a <see cref="Lemmatizer"/> from gold sentences: for each (lower-cased form, tag class) the
/// most frequent lemma, suffix rules by tag class for unseen words (a suffix must be seen
/// at least <see cref="MinSuffixCount"/> times), each class's most frequent rule, and the set of lemmas.
/// Ties break on the rule first seen, so the result depends only on the data and its order.
/// </summary>
internal static class LemmatizerBuilder
{
    public const int MinSuffixCount = 2;

    public static Lemmatizer Build(IEnumerable<GoldSentence> sentences, int tagCount)
    {
        var ruleIds = new Dictionary<LemmaRule, int>();
        var rules = new List<LemmaRule>();
        var suffixes = new Dictionary<ulong, Counter>();
        var tagRules = new Counter[tagCount];
        var lemmaCounts = new Dictionary<ulong, Dictionary<string, int>>();
        var casedCounts = new Dictionary<ulong, Dictionary<string, int>>();
        var casedToLower = new Dictionary<ulong, ulong>();
        var known = new HashSet<ulong>();
        foreach (var sentence in sentences)
        {
            var document = sentence.Document;
            for (var i = 0; i < sentence.Count; i++)
            {
                var token = sentence.Tokens.Start + i;
                var lemma = document.Lemma(token);
                var tag = sentence.Tags[i];
                if (lemma is null or "_" || tag < 0)
                {
                    continue;
                }

                var form = document.Form(token);
                var rule = LemmaRule.Learn(Fold(form), lemma);
                if (!ruleIds.TryGetValue(rule, out var ruleId))
                {
                    ruleId = rules.Count;
                    rules.Add(rule);
                    ruleIds.Add(rule, ruleId);
                }

                var lowered = Fold(form).ToLowerInvariant();
                var wordHash = FeatureHash.Text(lowered);
                var key = Lemmatizer.LexiconKey(wordHash, tag);
                Count(lemmaCounts, key, lemma);
                var casedKey = Lemmatizer.LexiconKey(FeatureHash.Text(Fold(form)), tag);
                Count(casedCounts, casedKey, lemma);
                casedToLower.TryAdd(casedKey, key);
                (tagRules[tag] ??= new Counter()).Add(ruleId);
                known.Add(FeatureHash.Text(lemma.ToLowerInvariant()));
                if (form.Length <= 64)
                {
                    for (var k = 1; k <= Math.Min(Lemmatizer.MaxSuffix, lowered.Length); k++)
                    {
                        Count(suffixes, Lemmatizer.SuffixKey(lowered.AsSpan(lowered.Length - k), tag), ruleId);
                    }
                }
            }
        }

        var lemmaIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lemmaList = new List<string>();
        int LemmaId(string lemma)
        {
            if (!lemmaIds.TryGetValue(lemma, out var id))
            {
                id = lemmaList.Count;
                lemmaList.Add(lemma);
                lemmaIds.Add(lemma, id);
            }

            return id;
        }

        var lexicon = new List<KeyValuePair<ulong, ulong>>();
        var lowerLemmas = new Dictionary<ulong, string>();
        foreach (var (key, counts) in lemmaCounts)
        {
            var lemma = MostFrequent(counts);
            lowerLemmas.Add(key, lemma);
            lexicon.Add(new KeyValuePair<ulong, ulong>(key, (ulong)LemmaId(lemma)));
        }

        // Case-sensitive entries only where they say something the lower-cased lexicon does not.
        var casedLexicon = new List<KeyValuePair<ulong, ulong>>();
        foreach (var (key, counts) in casedCounts)
        {
            var lemma = MostFrequent(counts);
            if (lemma != lowerLemmas[casedToLower[key]])
            {
                casedLexicon.Add(new KeyValuePair<ulong, ulong>(key, (ulong)LemmaId(lemma)));
            }
        }

        var suffixEntries = new List<KeyValuePair<ulong, ulong>>();
        foreach (var (key, counter) in suffixes)
        {
            if (counter.Total < MinSuffixCount)
            {
                continue;
            }

            ulong packed = 0;
            var top = counter.Top(Lemmatizer.CandidatesPerSuffix);
            for (var c = 0; c < top.Count; c++)
            {
                packed |= (ulong)(top[c] + 1) << (21 * c);
            }

            suffixEntries.Add(new KeyValuePair<ulong, ulong>(key, packed));
        }

        var defaults = tagRules.Select(c => c?.Best() ?? -1).ToArray();
        var knownEntries = known.Select(h => new KeyValuePair<ulong, ulong>(h, 1)).ToList();
        return new Lemmatizer(new HashMap64(casedLexicon), new HashMap64(lexicon), [.. lemmaList], [.. rules], new HashMap64(suffixEntries), defaults, new HashMap64(knownEntries));
    }

    private static string Fold(string form)
    {
        Span<char> buffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        for (var i = 0; i < form.Length; i++)
        {
            buffer[i] = WordShape.Fold(form[i]);
        }

        return new string(buffer);
    }

    /// <summary>The most frequent lemma, the first seen on ties.</summary>
    private static string MostFrequent(Dictionary<string, int> counts) => counts.Aggregate((best, next) => next.Value > best.Value ? next : best).Key;

    private static void Count(Dictionary<ulong, Dictionary<string, int>> counters, ulong key, string lemma)
    {
        if (!counters.TryGetValue(key, out var counts))
        {
            counters.Add(key, counts = new Dictionary<string, int>(StringComparer.Ordinal));
        }

        counts[lemma] = counts.GetValueOrDefault(lemma) + 1;
    }

    private static void Count(Dictionary<ulong, Counter> counters, ulong key, int ruleId)
    {
        if (!counters.TryGetValue(key, out var counter))
        {
            counters.Add(key, counter = new Counter());
        }

        counter.Add(ruleId);
    }

    /// <summary>Counts of rule ids in first-seen order.</summary>
    private sealed class Counter
    {
        private readonly List<(int Rule, int Count)> counts = [];

        public int Total { get; private set; }

        public void Add(int rule)
        {
            Total++;
            for (var i = 0; i < counts.Count; i++)
            {
                if (counts[i].Rule == rule)
                {
                    counts[i] = (rule, counts[i].Count + 1);
                    return;
                }
            }

            counts.Add((rule, 1));
        }

        public int Best() => Top(1)[0];

        public List<int> Top(int n) => counts.Select((c, i) => (c.Rule, c.Count, i)).OrderByDescending(c => c.Count).ThenBy(c => c.i).Take(n).Select(c => c.Rule).ToList();
    }
}
