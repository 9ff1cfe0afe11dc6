namespace Annalist.Syntax;

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011), "Transition-based dependency parsing
/// with rich non-local features": words and tags of the stack top (S0), its head and grandhead, the
/// second stack item (S1) and the first three buffer words (N0..N2); their leftmost and rightmost
/// children and labels; the S0-N0 distance; valencies; and the sets of labels already attached.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxFeatures = 96;

    /// <summary>
    /// The template set a model was trained with, recorded in the model: 1 is the set below. (A set
    /// adding verb/noun + case-marker templates for PP attachment was tried and measured no better on
    /// EWT dev or on the news spec, so it was not kept.)
    /// </summary>
    public const int LatestSet = 1;

    private static readonly ulong RootWord = FeatureHash.Text("<root>");
    private static readonly ulong RootTag = FeatureHash.Value(-2);
    private static readonly ulong NoTag = FeatureHash.Value(-3);
    private static readonly ulong NoLabel = FeatureHash.Value(-4);

    /// <summary>How many of the features depend only on the positions of S0 and N0 (<see cref="ExtractPositional"/>).</summary>
    public const int MaxPositional = 32;

    /// <summary>All the features of the state: <see cref="ExtractPositional"/> then <see cref="ExtractStructural"/>.</summary>
    public static int Extract(SentenceWords words, ArcEagerState s, Span<ulong> f)
    {
        var k = ExtractPositional(words, s.S0, s.Buffer, s.Root, f);
        return k + ExtractStructural(words, s, f[k..]);
    }

    /// <summary>
    /// The features that depend only on which words are S0 and N0 (their words, tags, the next two
    /// words and the distance), not on the arcs built: states of a beam that share S0 and N0 share
    /// them, so beam search scores them once (<see cref="DependencyParser"/>).
    /// </summary>
    public static int ExtractPositional(SentenceWords words, int s0, int n0, int root, Span<ulong> f)
    {
        var lower = words.Lower;
        var tags = words.Tags;
        var n1 = n0 + 1 <= root ? n0 + 1 : -1;
        var n2 = n0 + 2 <= root ? n0 + 2 : -1;
        var s0w = W(s0);
        var s0p = P(s0);
        var n0w = W(n0);
        var n0p = P(n0);
        var n1w = W(n1);
        var n1p = P(n1);
        var n2w = W(n2);
        var n2p = P(n2);
        var dist = s0 >= 0 ? FeatureHash.Value(Math.Min(n0 - s0, 10)) : NoLabel;

        var k = 0;
        f[k++] = FeatureHash.Feature(100, 0);

        // Single words.
        f[k++] = FeatureHash.Feature(101, s0w, s0p);
        f[k++] = FeatureHash.Feature(102, s0w);
        f[k++] = FeatureHash.Feature(103, s0p);
        f[k++] = FeatureHash.Feature(104, n0w, n0p);
        f[k++] = FeatureHash.Feature(105, n0w);
        f[k++] = FeatureHash.Feature(106, n0p);
        f[k++] = FeatureHash.Feature(107, n1w, n1p);
        f[k++] = FeatureHash.Feature(108, n1w);
        f[k++] = FeatureHash.Feature(109, n1p);
        f[k++] = FeatureHash.Feature(110, n2w, n2p);
        f[k++] = FeatureHash.Feature(111, n2w);
        f[k++] = FeatureHash.Feature(112, n2p);

        // Word pairs.
        f[k++] = FeatureHash.Feature(113, FeatureHash.Combine(s0w, s0p), n0w, n0p);
        f[k++] = FeatureHash.Feature(114, s0w, s0p, n0w);
        f[k++] = FeatureHash.Feature(115, s0w, n0w, n0p);
        f[k++] = FeatureHash.Feature(116, s0w, s0p, n0p);
        f[k++] = FeatureHash.Feature(117, s0p, n0w, n0p);
        f[k++] = FeatureHash.Feature(118, s0w, n0w);
        f[k++] = FeatureHash.Feature(119, s0p, n0p);
        f[k++] = FeatureHash.Feature(120, n0p, n1p);

        // Three words.
        f[k++] = FeatureHash.Feature(121, n0p, n1p, n2p);
        f[k++] = FeatureHash.Feature(122, s0p, n0p, n1p);

        // Distance.
        f[k++] = FeatureHash.Feature(127, s0w, dist);
        f[k++] = FeatureHash.Feature(128, s0p, dist);
        f[k++] = FeatureHash.Feature(129, n0w, dist);
        f[k++] = FeatureHash.Feature(130, n0p, dist);
        f[k++] = FeatureHash.Feature(131, s0w, n0w, dist);
        f[k++] = FeatureHash.Feature(132, s0p, n0p, dist);

        // S0 with the next two words.
        f[k++] = FeatureHash.Feature(178, s0p, n0w, n1p);
        f[k++] = FeatureHash.Feature(179, s0w, n0p, n1p);
        f[k++] = FeatureHash.Feature(180, n0w, n1w);
        return k;

        ulong W(int i) => i < 0 ? FeatureHash.None : i == root ? RootWord : lower[i];

        ulong P(int i) => i < 0 ? NoTag : i == root ? RootTag : FeatureHash.Value(tags[i]);
    }

    /// <summary>The features that read the arcs built so far (heads, children, labels, valencies) or S1.</summary>
    public static int ExtractStructural(SentenceWords words, ArcEagerState s, Span<ulong> f)
    {
        var root = s.Root;
        var lower = words.Lower;
        var tags = words.Tags;

        var s0 = s.S0;
        var s1 = s.S1;
        var n0 = s.Buffer;
        var s0h = s0 >= 0 ? s.Heads[s0] : -1;
        var s0h2 = s0h >= 0 && s0h < root ? s.Heads[s0h] : -1;
        var s0l = s0 >= 0 ? s.LeftChild[s0] : -1;
        var s0r = s0 >= 0 ? s.RightChild[s0] : -1;
        var s0l2 = s0 >= 0 ? s.LeftChild2[s0] : -1;
        var s0r2 = s0 >= 0 ? s.RightChild2[s0] : -1;
        var n0l = s.LeftChild[n0];
        var n0l2 = s.LeftChild2[n0];

        var s0w = W(s0);
        var s0p = P(s0);
        var n0w = W(n0);
        var n0p = P(n0);
        var s1w = W(s1);
        var s1p = P(s1);
        var s0hp = P(s0h);
        var s0lp = P(s0l);
        var s0rp = P(s0r);
        var n0lp = P(n0l);
        var s0vl = s0 >= 0 ? FeatureHash.Value(s.LeftCount[s0]) : NoLabel;
        var s0vr = s0 >= 0 ? FeatureHash.Value(s.RightCount[s0]) : NoLabel;
        var n0vl = FeatureHash.Value(s.LeftCount[n0]);
        var s0sl = s0 >= 0 ? FeatureHash.Mix(s.LeftLabels[s0] + 17) : NoLabel;
        var s0sr = s0 >= 0 ? FeatureHash.Mix(s.RightLabels[s0] + 17) : NoLabel;
        var n0sl = FeatureHash.Mix(s.LeftLabels[n0] + 17);

        var k = 0;

        // Three words, with a child or the head.
        f[k++] = FeatureHash.Feature(123, s0hp, s0p, n0p);
        f[k++] = FeatureHash.Feature(124, s0p, s0lp, n0p);
        f[k++] = FeatureHash.Feature(125, s0p, s0rp, n0p);
        f[k++] = FeatureHash.Feature(126, s0p, n0p, n0lp);

        // Valency.
        f[k++] = FeatureHash.Feature(133, s0w, s0vr);
        f[k++] = FeatureHash.Feature(134, s0p, s0vr);
        f[k++] = FeatureHash.Feature(135, s0w, s0vl);
        f[k++] = FeatureHash.Feature(136, s0p, s0vl);
        f[k++] = FeatureHash.Feature(137, n0w, n0vl);
        f[k++] = FeatureHash.Feature(138, n0p, n0vl);

        // Unigrams of heads and children.
        f[k++] = FeatureHash.Feature(139, W(s0h));
        f[k++] = FeatureHash.Feature(140, s0hp);
        f[k++] = FeatureHash.Feature(141, L(s0));
        f[k++] = FeatureHash.Feature(142, W(s0l));
        f[k++] = FeatureHash.Feature(143, s0lp);
        f[k++] = FeatureHash.Feature(144, L(s0l));
        f[k++] = FeatureHash.Feature(145, W(s0r));
        f[k++] = FeatureHash.Feature(146, s0rp);
        f[k++] = FeatureHash.Feature(147, L(s0r));
        f[k++] = FeatureHash.Feature(148, W(n0l));
        f[k++] = FeatureHash.Feature(149, n0lp);
        f[k++] = FeatureHash.Feature(150, L(n0l));

        // Third order.
        f[k++] = FeatureHash.Feature(151, W(s0h2));
        f[k++] = FeatureHash.Feature(152, P(s0h2));
        f[k++] = FeatureHash.Feature(153, L(s0h));
        f[k++] = FeatureHash.Feature(154, W(s0l2));
        f[k++] = FeatureHash.Feature(155, P(s0l2));
        f[k++] = FeatureHash.Feature(156, L(s0l2));
        f[k++] = FeatureHash.Feature(157, W(s0r2));
        f[k++] = FeatureHash.Feature(158, P(s0r2));
        f[k++] = FeatureHash.Feature(159, L(s0r2));
        f[k++] = FeatureHash.Feature(160, W(n0l2));
        f[k++] = FeatureHash.Feature(161, P(n0l2));
        f[k++] = FeatureHash.Feature(162, L(n0l2));
        f[k++] = FeatureHash.Feature(163, s0p, s0lp, P(s0l2));
        f[k++] = FeatureHash.Feature(164, s0p, s0rp, P(s0r2));
        f[k++] = FeatureHash.Feature(165, s0p, s0hp, P(s0h2));
        f[k++] = FeatureHash.Feature(166, n0p, n0lp, P(n0l2));

        // Label sets.
        f[k++] = FeatureHash.Feature(167, s0w, s0sr);
        f[k++] = FeatureHash.Feature(168, s0p, s0sr);
        f[k++] = FeatureHash.Feature(169, s0w, s0sl);
        f[k++] = FeatureHash.Feature(170, s0p, s0sl);
        f[k++] = FeatureHash.Feature(171, n0w, n0sl);
        f[k++] = FeatureHash.Feature(172, n0p, n0sl);

        // Second stack item and labels of the stack top's attachments.
        f[k++] = FeatureHash.Feature(173, s1w, s1p);
        f[k++] = FeatureHash.Feature(174, s1p, s0p, n0p);
        f[k++] = FeatureHash.Feature(175, s1w, n0w);
        f[k++] = FeatureHash.Feature(176, s0p, L(s0), n0p);
        f[k++] = FeatureHash.Feature(177, s0w, L(s0), n0p);
        f[k++] = FeatureHash.Feature(181, W(s0h), s0p, n0p);
        f[k++] = FeatureHash.Feature(182, s0hp, L(s0), n0w);
        return k;

        ulong W(int i) => i < 0 ? FeatureHash.None : i == root ? RootWord : lower[i];

        ulong P(int i) => i < 0 ? NoTag : i == root ? RootTag : FeatureHash.Value(tags[i]);

        ulong L(int i) => i < 0 || i == root ? NoLabel : FeatureHash.Value(s.Labels[i] + 1000);
    }
}
