using Annalist.Coding.Rules;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// Who acts on whom in one event: every source on every target that is not the same party; with no target,
/// coordinated sources of a mutual act on each other ("Ukraine and Russia swapped prisoners"); else, unless a
/// dyad is required, each source alone.
/// </summary>
internal static class Dyads
{
    /// <summary>Verbs whose coordinated subjects act on each other ("Ukraine and Russia swapped prisoners", "fighting between Azerbaijanis and Armenians").</summary>
    public static readonly WordClass Reciprocal = CodingRules.Shipped.Words("reciprocal");

    /// <summary>The pairs, and when coordinated actors were paired with each other, the explanation of their recipients.</summary>
    public static (List<(ActorMention Actor, ActorMention? Recipient)> Pairs, string? MutualWhy) Pair(
        IReadOnlyList<ActorMention> sources, IReadOnlyList<ActorMention> targets, CameoCode cameo, bool mutual, bool requireDyad, Participants participants)
    {
        var pairs = new List<(ActorMention Actor, ActorMention? Recipient)>();
        string? why = null;
        if (targets.Count > 0)
        {
            foreach (var source in sources)
            {
                foreach (var target in targets)
                {
                    if (!participants.SameParty(source, target, cameo))
                    {
                        pairs.Add((source, target));
                    }
                }
            }
        }
        else if (mutual && sources.Count > 1)
        {
            foreach (var a in sources)
            {
                foreach (var b in sources)
                {
                    if (!ReferenceEquals(a, b) && !Participants.SameActor(a, b))
                    {
                        pairs.Add((a, b));
                        why = "mutual: coordinated actors act on each other (codes.tsv: mutual, a symmetric reading, or word class reciprocal)";
                    }
                }
            }
        }
        else if (!requireDyad)
        {
            pairs.AddRange(sources.Select(s => (s, (ActorMention?)null)));
        }

        return (pairs, why);
    }
}
