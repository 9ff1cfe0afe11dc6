using Annalist.Documents;

namespace Annalist.Coding.Syntax;

/// <summary>
/// A read-only view of one parsed sentence as a tree: children of each token, relations split into
/// base and subtype ("nsubj:pass" → "nsubj", "pass"), subtree extents. Built once per sentence by the
/// coder; token indices are document indices.
/// <para>
/// The tree is always a forest, whatever the heads say: a head outside the sentence makes a root, and a
/// cycle of heads (possible in hand-written or imported CoNLL-U) is broken at its first token, which becomes
/// a root. So every walk up the heads ends within the sentence's length and every walk down the children
/// visits each token once; walks that go both ways (down a clause, up to its governor) use a
/// <see cref="TreeWalk"/>, which visits each token at most once.
/// </para>
/// </summary>
public sealed class SentenceTree
{
    private readonly int[] heads;
    private readonly int[] childStart;
    private readonly int[] childList;
    private readonly int[] subtreeMin;
    private readonly int[] subtreeMax;

    public SentenceTree(Document document, Sentence sentence)
    {
        Document = document;
        Sentence = sentence;
        var first = sentence.Tokens.Start;
        var count = sentence.Tokens.Count;
        heads = ForestHeads(document, sentence);
        var counts = new int[count + 1];
        var roots = new List<int>();
        for (var t = first; t < first + count; t++)
        {
            var head = Head(t);
            if (head < 0)
            {
                roots.Add(t);
            }
            else
            {
                counts[head - first]++;
            }
        }

        Roots = roots;
        childStart = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            childStart[i + 1] = childStart[i] + counts[i];
        }

        childList = new int[childStart[count]];
        var fill = (int[])childStart.Clone();
        for (var t = first; t < first + count; t++)
        {
            var head = Head(t);
            if (head >= 0)
            {
                childList[fill[head - first]++] = t;
            }
        }

        subtreeMin = new int[count];
        subtreeMax = new int[count];
        for (var i = 0; i < count; i++)
        {
            subtreeMin[i] = first + i;
            subtreeMax[i] = first + i;
        }

        // Extend every ancestor's extent by each token (the heads form a forest, so each chain ends).
        for (var t = first; t < first + count; t++)
        {
            for (var h = Head(t); h >= 0; h = Head(h))
            {
                subtreeMin[h - first] = Math.Min(subtreeMin[h - first], t);
                subtreeMax[h - first] = Math.Max(subtreeMax[h - first], t);
            }
        }
    }

    public Document Document { get; }

    public Sentence Sentence { get; }

    public IReadOnlyList<int> Roots { get; }

    /// <summary>The head of a token within the sentence, or -1 (root, a head outside the sentence, or the token where a cycle of heads was broken).</summary>
    public int Head(int token) => Sentence.Tokens.Contains(token) ? heads[token - Sentence.Tokens.Start] : -1;

    /// <summary>A new walk over this tree that visits each token at most once.</summary>
    public TreeWalk Walk() => new(this);

    public ReadOnlySpan<int> Children(int token)
    {
        var i = token - Sentence.Tokens.Start;
        return childList.AsSpan(childStart[i], childStart[i + 1] - childStart[i]);
    }

    /// <summary>The full relation ("nsubj:pass"), or an empty string when unparsed.</summary>
    public string Relation(int token) => Document.Deprel(token) ?? string.Empty;

    /// <summary>The universal part of the relation ("nsubj" for "nsubj:pass").</summary>
    public ReadOnlySpan<char> BaseRelation(int token)
    {
        var relation = Relation(token).AsSpan();
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }

    public bool Is(int token, string relation) => Relation(token) == relation;

    public bool IsBase(int token, string baseRelation) => BaseRelation(token).SequenceEqual(baseRelation);

    public string Lemma(int token) => Document.Lemma(token) ?? Document.Form(token).ToLowerInvariant();

    public string Upos(int token) => Document.Upos(token) ?? string.Empty;

    /// <summary>The first child with exactly this relation, or -1.</summary>
    public int Child(int token, string relation)
    {
        foreach (var child in Children(token))
        {
            if (Relation(child) == relation)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>Whether a dependent is the agent phrase of its head ("mediated by Qatar": <c>obl:agent</c>, or an oblique by-phrase).</summary>
    public bool IsAgentPhrase(int child) => Relation(child) == "obl:agent" || (IsBase(child, "obl") && CaseMarker(child) == "by");

    /// <summary>Whether a dependent is a participle with an agent phrase of its own ("a truce mediated by Qatar", "hostages held by Boko Haram").</summary>
    public bool IsParticipleWithAgent(int child) =>
        IsBase(child, "acl") && Document.Xpos(child) == "VBN" && Children(child).ToArray().Any(IsAgentPhrase);

    /// <summary>Whether the token has a possessive pronoun ("its ambassador", "their troops").</summary>
    public bool HasPossessivePronoun(int token)
    {
        foreach (var child in Children(token))
        {
            if (Relation(child) == "nmod:poss" && Upos(child) == "PRON")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Children whose relation has this universal part ("obl" matches "obl:agent", "obl:unmarked").</summary>
    public IEnumerable<int> ChildrenWithBase(int token, string baseRelation)
    {
        var i = token - Sentence.Tokens.Start;
        for (var k = childStart[i]; k < childStart[i + 1]; k++)
        {
            if (IsBase(childList[k], baseRelation))
            {
                yield return childList[k];
            }
        }
    }

    public bool HasChildLemma(int token, string relation, params string[] lemmas)
    {
        foreach (var child in Children(token))
        {
            if (IsBase(child, relation) && lemmas.Contains(Lemma(child), StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The preposition or marker attached to a nominal or clause ("of" in "of sending"), lower-case, or empty.</summary>
    public string CaseMarker(int token) => CaseMarker(token, null);

    /// <summary>The case marker of a phrase without the tokens <paramref name="except"/> (a multi-word verb's particle the parser hung there).</summary>
    public string CaseMarker(int token, IReadOnlyCollection<int>? except)
    {
        var markers = new List<string>();
        foreach (var child in Children(token))
        {
            if ((IsBase(child, "case") || IsBase(child, "mark")) && except?.Contains(child) != true)
            {
                markers.Add(Document.Form(child).ToLowerInvariant());
                foreach (var fixedPart in Children(child))
                {
                    if (IsBase(fixedPart, "fixed"))
                    {
                        markers.Add(Document.Form(fixedPart).ToLowerInvariant());
                    }
                }
            }
        }

        return string.Join(' ', markers);
    }

    /// <summary>The tokens [min, max] covered by the token's subtree.</summary>
    public TokenRange Subtree(int token) => new(subtreeMin[token - Sentence.Tokens.Start], subtreeMax[token - Sentence.Tokens.Start] + 1);

    public bool Dominates(int ancestor, int token)
    {
        for (var h = token; h >= 0; h = Head(h))
        {
            if (h == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token and the heads of everything coordinated with it ("the US and South Korea" → States, Korea).</summary>
    public List<int> WithConjuncts(int token)
    {
        var result = new List<int> { token };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var child in Children(result[i]))
            {
                if (IsBase(child, "conj") && !IsVerbal(child) && !IsAppositionAsConjunct(result[i], child))
                {
                    result.Add(child);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// "Top Iranian commander Qasem Soleimani, Tehran's pointman on Iraq, held meetings": a "conjunct" with no
    /// conjunction anywhere in its coordination, after a name or a noun, that has an article or a possessor of its own is the
    /// name's apposition the parse took for a conjunct, not a second party (the coder had the commander and Tehran
    /// meet each other). Lists without a conjunction ("Britain, France, Germany") have no article.
    /// </summary>
    private bool IsAppositionAsConjunct(int first, int conjunct)
    {
        if (Upos(first) is not ("PROPN" or "NOUN") || HasConjunction(first, depth: 0))
        {
            return false;
        }

        // "Evil Mordor, the awful Fornost, and good Gondor": a conjunction right after the phrase makes it a list.
        var next = Subtree(conjunct).End;
        while (next < Sentence.Tokens.End && Upos(next) == "PUNCT")
        {
            next++;
        }

        return (next >= Sentence.Tokens.End || Upos(next) != "CCONJ") && Children(conjunct).ToArray().Any(c => IsBase(c, "det") || Relation(c) == "nmod:poss");
    }

    /// <summary>Whether a conjunct of the token, or of its conjuncts ("Mordor, the awful Fornost, and good Gondor"), has a conjunction.</summary>
    private bool HasConjunction(int token, int depth) =>
        depth < 8 && Children(token).ToArray().Any(c => IsBase(c, "conj") && (Child(c, "cc") >= 0 || HasConjunction(c, depth + 1)));

    public bool IsVerbal(int token) => Upos(token) is "VERB" or "AUX" || (Child(token, "cop") >= 0 && Upos(token) != "NOUN" && Upos(token) != "PROPN");

    /// <summary>
    /// The sentence's heads as a forest: heads outside the sentence become -1, and each cycle is broken by
    /// making its first-reached token a root. Iterative (three colours), linear in the sentence length.
    /// </summary>
    private static int[] ForestHeads(Document document, Sentence sentence)
    {
        var first = sentence.Tokens.Start;
        var count = sentence.Tokens.Count;
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            var head = document.Head(first + i);
            result[i] = sentence.Tokens.Contains(head) && head != first + i ? head : -1;
        }

        // 0 = unseen, 1 = on the current chain, 2 = known to reach a root.
        var state = new byte[count];
        var chain = new List<int>();
        for (var start = 0; start < count; start++)
        {
            chain.Clear();
            var i = start;
            while (i >= 0 && state[i] == 0)
            {
                state[i] = 1;
                chain.Add(i);
                i = result[i] < 0 ? -1 : result[i] - first;
            }

            if (i >= 0 && state[i] == 1)
            {
                // The chain came back to itself: cut the cycle where it closes.
                result[chain[^1]] = -1;
            }

            foreach (var done in chain)
            {
                state[done] = 2;
            }
        }

        return result;
    }

    /// <summary>The sentence's tokens in pre-order: each root, then each child's subtree in word order.</summary>
    public IReadOnlyList<int> PreOrder()
    {
        var stack = new Stack<int>(Roots.Reverse());
        var order = new List<int>();
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            order.Add(token);
            var children = Children(token);
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return order;
    }
}
