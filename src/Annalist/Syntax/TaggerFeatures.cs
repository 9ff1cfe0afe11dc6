namespace Annalist.Syntax;

/// <summary>
/// The tagger's feature templates for word i: its spelling (form, lower case, prefixes, suffixes,
/// shape), the words around it, the two tags already assigned on its left, and the ambiguity classes
/// (the set of tags a word had in training) of itself and the next two words, which give a greedy
/// left-to-right tagger a view of the right context's likely tags; and, for a model with
/// <see cref="WordClusters"/>, the clusters of the word and its neighbours.
/// </summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 64;

    private static readonly ulong Start = FeatureHash.Value(-1);
    private static readonly ulong FirstWord = FeatureHash.Text("<first>");
    private static readonly ulong Unknown = FeatureHash.Text("<unknown>");

    /// <summary>
    /// Writes the features of word <paramref name="i"/> and returns how many. <paramref name="guesses"/>
    /// is empty in the first pass; in the second it holds the first pass's tags, so the right context's
    /// tags become features too.
    /// </summary>
    public static int Extract(SentenceWords w, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<int> guesses, int i, Span<ulong> f)
    {
        var n = w.Count;
        var lower = w.Lower;
        var tags = w.Tags;
        var t1 = i > 0 ? FeatureHash.Value(tags[i - 1]) : Start;
        var t2 = i > 1 ? FeatureHash.Value(tags[i - 2]) : Start;
        var prev = i > 0 ? lower[i - 1] : FeatureHash.Outside;
        var prev2 = i > 1 ? lower[i - 2] : FeatureHash.Outside;
        var next = i + 1 < n ? lower[i + 1] : FeatureHash.Outside;
        var next2 = i + 2 < n ? lower[i + 2] : FeatureHash.Outside;
        var a0 = ambiguity[i];
        var a1 = i + 1 < n ? ambiguity[i + 1] : FeatureHash.Outside;
        var a2 = i + 2 < n ? ambiguity[i + 2] : FeatureHash.Outside;
        var k = 0;
        f[k++] = FeatureHash.Feature(0, 0);
        f[k++] = FeatureHash.Feature(1, lower[i]);
        f[k++] = FeatureHash.Feature(2, w.Form[i]);
        f[k++] = FeatureHash.Feature(3, w.Suffix1[i]);
        f[k++] = FeatureHash.Feature(4, w.Suffix2[i]);
        f[k++] = FeatureHash.Feature(5, w.Suffix3[i]);
        f[k++] = FeatureHash.Feature(6, w.Suffix4[i]);
        f[k++] = FeatureHash.Feature(7, w.Suffix5[i]);
        f[k++] = FeatureHash.Feature(8, w.Prefix1[i]);
        f[k++] = FeatureHash.Feature(9, w.Prefix2[i]);
        f[k++] = FeatureHash.Feature(10, w.Prefix3[i]);
        f[k++] = FeatureHash.Feature(11, w.Shape[i]);
        f[k++] = FeatureHash.Feature(12, prev);
        f[k++] = FeatureHash.Feature(13, prev2);
        f[k++] = FeatureHash.Feature(14, next);
        f[k++] = FeatureHash.Feature(15, next2);
        f[k++] = FeatureHash.Feature(16, t1);
        f[k++] = FeatureHash.Feature(17, t1, t2);
        f[k++] = FeatureHash.Feature(18, t1, lower[i]);
        f[k++] = FeatureHash.Feature(19, i > 0 ? w.Suffix3[i - 1] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(20, i + 1 < n ? w.Suffix3[i + 1] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(21, i > 0 ? w.Shape[i - 1] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(22, i + 1 < n ? w.Shape[i + 1] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(23, prev, lower[i]);
        f[k++] = FeatureHash.Feature(24, lower[i], next);
        f[k++] = FeatureHash.Feature(25, i == 0 ? FirstWord : t1, w.Shape[i]);
        f[k++] = FeatureHash.Feature(26, a0);
        f[k++] = FeatureHash.Feature(27, a1);
        f[k++] = FeatureHash.Feature(28, a2);
        f[k++] = FeatureHash.Feature(29, t1, a1);
        f[k++] = FeatureHash.Feature(30, a0, a1);
        f[k++] = FeatureHash.Feature(31, t1, w.Suffix3[i]);
        f[k++] = FeatureHash.Feature(32, next, next2);
        f[k++] = FeatureHash.Feature(33, t2);
        f[k++] = FeatureHash.Feature(34, t1, a0);
        f[k++] = FeatureHash.Feature(35, a0 == Unknown ? w.Suffix3[i] : a0, a1);
        if (w.HasClusters)
        {
            k = Clusters(w, i, t1, f, k);
        }

        if (guesses.IsEmpty)
        {
            return k;
        }

        var g0 = FeatureHash.Value(guesses[i]);
        var g1 = i + 1 < n ? FeatureHash.Value(guesses[i + 1]) : Start;
        var g2 = i + 2 < n ? FeatureHash.Value(guesses[i + 2]) : Start;
        f[k++] = FeatureHash.Feature(40, g0);
        f[k++] = FeatureHash.Feature(41, g1);
        f[k++] = FeatureHash.Feature(42, g1, g2);
        f[k++] = FeatureHash.Feature(43, t1, g1);
        f[k++] = FeatureHash.Feature(44, g0, lower[i]);
        f[k++] = FeatureHash.Feature(45, g1, lower[i]);
        f[k++] = FeatureHash.Feature(46, t1, g0, g1);
        f[k++] = FeatureHash.Feature(47, g0, w.Suffix3[i]);
        return k;
    }

    /// <summary>
    /// Word-cluster templates: the word's cluster at three granularities, the fine clusters of its
    /// neighbours, and the middle clusters with the previous tag and the next word's cluster.
    /// </summary>
    private static int Clusters(SentenceWords w, int i, ulong t1, Span<ulong> f, int k)
    {
        var n = w.Count;
        var fine = w.ClusterFine;
        var middle = w.ClusterMiddle;
        var m1 = i + 1 < n ? middle[i + 1] : FeatureHash.Outside;
        f[k++] = FeatureHash.Feature(50, fine[i]);
        f[k++] = FeatureHash.Feature(51, middle[i]);
        f[k++] = FeatureHash.Feature(52, w.ClusterCoarse[i]);
        f[k++] = FeatureHash.Feature(53, i > 0 ? fine[i - 1] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(54, i + 1 < n ? fine[i + 1] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(55, m1);
        f[k++] = FeatureHash.Feature(56, i + 2 < n ? middle[i + 2] : FeatureHash.Outside);
        f[k++] = FeatureHash.Feature(57, t1, middle[i]);
        f[k++] = FeatureHash.Feature(58, middle[i], m1);
        return k;
    }

    /// <summary>The ambiguity class of each word of the sentence (a fixed hash for words not seen in training).</summary>
    public static void AmbiguityClasses(SentenceWords w, HashMap64 lexicon, Span<ulong> classes)
    {
        for (var i = 0; i < w.Count; i++)
        {
            classes[i] = lexicon.TryGetValue(w.Lower[i], out var c) ? c : Unknown;
        }
    }
}
