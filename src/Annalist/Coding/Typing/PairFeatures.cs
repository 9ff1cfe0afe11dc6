using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Typing;

/// <summary>
/// What the pair selector (<see cref="PairSelector"/>) knows of an ordered pair of a sentence's actor mentions: the
/// dependency path between their heads (the relations up from the actor and down to the recipient, the word where they
/// meet, the clauses crossed, the recipient's preposition), their kinds, order and distance, and how the rule events of
/// the sentence already use them. Only relation labels, parts of speech, function words and the lemma of the word where
/// the path meets: nothing that names a party, so what is learned carries to parties never seen.
/// </summary>
internal static class PairFeatures
{
    /// <summary>Paths longer than this are one feature ("long").</summary>
    private const int MaxPath = 4;

    /// <summary>Relations that join another clause.</summary>
    private static readonly HashSet<string> ClauseLinks = new(StringComparer.Ordinal)
    {
        "advcl", "ccomp", "xcomp", "parataxis", "conj", "acl", "acl:relcl", "csubj", "list",
    };

    /// <summary>The features of the pair (<paramref name="a"/> acting on <paramref name="b"/>) among <paramref name="mentions"/>, the sentence's candidate mentions.</summary>
    public static List<string> Of(Document document, IReadOnlyList<ActorMention> mentions, ActorMention a, ActorMention b, IReadOnlyList<CodedEvent> sentenceEvents)
    {
        var features = new List<string>(40);
        var headA = document.HeadOf(a.Tokens);
        var headB = document.HeadOf(b.Tokens);
        var (up, down, meet) = Path(document, headA, headB);
        var path = up.Count + down.Count <= MaxPath ? string.Join('/', up) + "^" + string.Join('/', down) : "long";
        features.Add("path=" + path);
        features.Add($"len={Math.Min(up.Count, 3)}^{Math.Min(down.Count, 3)}");
        // up runs from the actor's own relation to the one that attaches its branch where the paths meet; down from
        // the relation that attaches the recipient's branch there to the recipient's own relation.
        var attachA = up.Count > 0 ? up[^1] : "self";
        var attachB = down.Count > 0 ? down[0] : "self";
        var ownB = down.Count > 0 ? down[^1] : "self";
        features.Add("attach-a=" + attachA);
        features.Add("attach-b=" + attachB);
        features.Add($"attach={attachA}|{attachB}");
        features.Add("own-a=" + (up.Count > 0 ? up[0] : "self"));
        features.Add("own-b=" + ownB);
        var preposition = CaseOf(document, headB);
        features.Add("case-b=" + preposition);
        features.Add($"own-b+case={ownB}+{preposition}");
        features.Add("case-a=" + CaseOf(document, headA));
        if (meet >= 0)
        {
            features.Add("meet-pos=" + (document.Upos(meet) ?? "?"));
            features.Add("meet-rel=" + Relation(document, meet));
            if (document.Upos(meet) is "VERB" or "NOUN")
            {
                features.Add("meet-lemma=" + (document.Lemma(meet) ?? document.Form(meet)).ToLowerInvariant());
            }
        }
        else
        {
            features.Add("meet=none");
        }

        var clauses = up.Concat(down).Count(ClauseLinks.Contains);
        features.Add($"clauses={Math.Min(clauses, 2)}");
        features.Add($"order={(a.Tokens.Start < b.Tokens.Start ? "a-first" : "b-first")}");
        var gap = a.Tokens.Start < b.Tokens.Start ? b.Tokens.Start - a.Tokens.End : a.Tokens.Start - b.Tokens.End;
        features.Add("gap=" + (gap <= 1 ? "0-1" : gap <= 4 ? "2-4" : gap <= 9 ? "5-9" : gap <= 19 ? "10-19" : "20+"));
        features.Add("kind-a=" + a.KindName);
        features.Add("kind-b=" + b.KindName);
        features.Add($"kinds={a.KindName}|{b.KindName}");
        features.Add($"subject-a={PairFinder.IsClauseSubject(document, a.Tokens)}");
        features.Add($"subject-b={PairFinder.IsClauseSubject(document, b.Tokens)}");
        features.Add($"rank-a={Math.Min(Index(mentions, a), 3)}");
        features.Add($"rank-b={Math.Min(Index(mentions, b), 3)}");
        features.Add($"mentions={Math.Min(mentions.Count, 6)}");
        foreach (var use in RuleUses(document, a, b, sentenceEvents, meet))
        {
            features.Add("rule=" + use);
            features.Add($"rule+path={use}+{path}");
        }

        return features;
    }

    /// <summary>
    /// Whether the path between the two mentions passes into another clause: an adverbial, complement, relative or
    /// paratactic clause, or a conjoined verb ("rejected the proposal, although industry experts say ...").
    /// </summary>
    public static bool CrossesClause(Document document, TokenRange a, TokenRange b)
    {
        var chainA = Chain(document, document.HeadOf(a));
        var chainB = Chain(document, document.HeadOf(b));
        var meet = chainA.FirstOrDefault(chainB.Contains, -1);
        if (meet < 0)
        {
            return true;
        }

        return chainA.TakeWhile(t => t != meet).Concat(chainB.TakeWhile(t => t != meet)).Any(t => Relation(document, t) switch
        {
            "advcl" or "ccomp" or "parataxis" or "acl:relcl" or "list" or "csubj" => true,
            "conj" => document.Upos(t) is "VERB" or "AUX",
            _ => false,
        });
    }

    /// <summary>How the sentence's rule events use the pair: as their pair, reversed, its actor with another recipient or none, and so on.</summary>
    private static IEnumerable<string> RuleUses(Document document, ActorMention a, ActorMention b, IReadOnlyList<CodedEvent> events, int meet)
    {
        if (events.Count == 0)
        {
            yield return "no-event";
            yield break;
        }

        var rangeA = document.RangeOf(a.Tokens);
        var rangeB = document.RangeOf(b.Tokens);
        var any = false;
        foreach (var e in events)
        {
            var actorA = e.Actor.StandsFor(rangeA);
            var actorB = e.Actor.StandsFor(rangeB);
            var recipient = e.Recipient is { Text.Length: > 0 } given ? given : null;
            string? use = (actorA, actorB, recipient) switch
            {
                (true, _, { } r) when r.StandsFor(rangeB) => "pair",
                (_, true, { } r) when r.StandsFor(rangeA) => "reversed",
                (true, _, not null) => "a-acts-on-another",
                (true, _, null) => "a-acts-on-none",
                (_, true, _) => "b-acts",
                (false, false, { } r) when r.StandsFor(rangeB) => "b-is-another's-recipient",
                (false, false, { } r) when r.StandsFor(rangeA) => "a-is-another's-recipient",
                _ => null,
            };
            if (use is not null)
            {
                any = true;
                yield return use;
            }
        }

        if (!any)
        {
            yield return "other-pairs";
        }

        if (meet >= 0 && events.Any(e => document.TokenStart(meet) >= e.Evidence.Trigger.Start && document.TokenEnd(meet) <= e.Evidence.Trigger.End))
        {
            yield return "meets-at-a-trigger";
        }
    }

    private static int Index(IReadOnlyList<ActorMention> mentions, ActorMention m)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (ReferenceEquals(mentions[i], m))
            {
                return i;
            }
        }

        return mentions.Count;
    }

    /// <summary>The relations from <paramref name="a"/> up to the word where the two chains meet, from there down to <paramref name="b"/>, and that word (-1: none).</summary>
    private static (List<string> Up, List<string> Down, int Meet) Path(Document document, int a, int b)
    {
        var chainA = Chain(document, a);
        var chainB = Chain(document, b);
        var positionInA = new Dictionary<int, int>();
        for (var i = 0; i < chainA.Count; i++)
        {
            positionInA.TryAdd(chainA[i], i);
        }

        for (var j = 0; j < chainB.Count; j++)
        {
            if (positionInA.TryGetValue(chainB[j], out var i))
            {
                var up = chainA.Take(i).Select(t => Relation(document, t)).ToList();
                var down = chainB.Take(j).Select(t => Relation(document, t)).Reverse().ToList();
                return (up, down, chainB[j]);
            }
        }

        return ([.. chainA.Select(t => Relation(document, t))], [.. chainB.Select(t => Relation(document, t)).Reverse()], -1);
    }

    private static List<int> Chain(Document document, int token)
    {
        var chain = new List<int>();
        for (var t = token; t >= 0 && chain.Count < 24 && !chain.Contains(t); t = document.Head(t))
        {
            chain.Add(t);
        }

        return chain;
    }

    private static string Relation(Document document, int token) => document.Deprel(token) ?? "?";

    /// <summary>
    /// The lemma of the preposition (case marker) that attaches the word, or "-": looked for among the
    /// <paramref name="reach"/> words before it in its sentence (the pair selector's features look four back).
    /// </summary>
    internal static string CaseOf(Document document, int head, int reach = 4)
    {
        var sentence = document.SentenceOf(head);
        for (var t = head - 1; t >= 0 && t >= head - reach && document.SentenceOf(t) == sentence; t--)
        {
            if (document.Head(t) == head && document.Deprel(t) == "case")
            {
                return (document.Lemma(t) ?? document.Form(t)).ToLowerInvariant();
            }
        }

        return "-";
    }
}
