using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// What can stand for an unnamed doer of violence. "A roadside bomb killed three soldiers" is an attack by someone
/// the article does not name; "the earthquake hit the country" and "manufacturers have been hard hit in the
/// downturn" are no attacks at all.
/// </summary>
internal static class Causes
{
    /// <summary>Weapons, attacks and attackers: a subject made of these is an unnamed doer's means.</summary>
    private static readonly WordClass ViolentMeans = CodingRules.Shipped.Words("violent-means");

    /// <summary>What is fired, dropped or launched: as the object of an act of force it is the means, never the victim.</summary>
    private static readonly WordClass Munitions = CodingRules.Shipped.Words("munitions");

    /// <summary>Whether an object head names munitions ("fired two artillery shells", "launched missiles").</summary>
    public static bool IsMunition(SentenceTree tree, int head) => Munitions.Contains(tree.Lemma(head));

    /// <summary>Natural disasters and economic events: they hit, kill and destroy without anyone doing it.</summary>
    private static readonly WordClass NonAgentive = CodingRules.Shipped.Words("non-agentive");

    /// <summary>Whether a subject head (or a compound or modifier on it: "car bomb", "suicide attack") names violent means.</summary>
    public static bool IsViolentMeans(SentenceTree tree, int head)
    {
        if (ViolentMeans.Contains(tree.Lemma(head)))
        {
            return true;
        }

        foreach (var child in tree.Children(head))
        {
            if (tree.Relation(child) is "compound" or "amod" && ViolentMeans.Contains(tree.Lemma(child)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Harm that someone inflicts: a death from these is violence ("died as a result of torture").</summary>
    private static readonly WordClass Inflicted = CodingRules.Shipped.Words("inflicted");

    /// <summary>
    /// Whether a phrase of the verb (down three levels: "as a result of torture", "in a car bomb explosion") names violent
    /// means or inflicted harm.
    /// </summary>
    public static bool HasViolentCause(SentenceTree tree, int verb)
    {
        var frontier = new List<int> { verb };
        for (var depth = 0; depth < 3 && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var token in frontier)
            {
                foreach (var child in tree.Children(token))
                {
                    if (!(tree.IsBase(child, "obl") || tree.IsBase(child, "nmod") || tree.IsBase(child, "advcl")))
                    {
                        continue;
                    }

                    if (Inflicted.Contains(tree.Lemma(child)) || IsViolentMeans(tree, child))
                    {
                        return true;
                    }

                    next.Add(child);
                }
            }

            frontier = next;
        }

        return false;
    }

    /// <summary>A phrase of the verb that names a disaster or an economic event as the cause ("hit in the downturn").</summary>
    public static bool HasNonAgentiveCause(SentenceTree tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            if ((tree.IsBase(child, "obl") || tree.IsBase(child, "nmod")) && NonAgentive.Contains(tree.Lemma(child)))
            {
                return true;
            }
        }

        return false;
    }
}
