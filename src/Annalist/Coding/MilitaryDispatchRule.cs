using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;

namespace Annalist.Coding;

/// <summary>
/// "Sending troops to help the Russians", "deployed soldiers to support Moscow": dispatching armed
/// forces for someone is military aid to them (CAMEO 072 → PLOVER AID, military), not the verbal
/// support or generic help the purpose verb alone would code; offering them promises it (0332 → AGREE).
/// The purpose clause is consumed.
/// </summary>
internal static class MilitaryDispatchRule
{
    public const string RuleId = "annalist:military-dispatch";

    private static readonly HashSet<string> Dispatch = new(StringComparer.OrdinalIgnoreCase)
    {
        "send", "deploy", "dispatch", "commit", "station", "provide", "supply", "contribute", "move", "transfer", "offer",
    };

    private static readonly HashSet<string> Helping = new(StringComparer.OrdinalIgnoreCase)
    {
        "help", "support", "assist", "aid", "back", "bolster", "reinforce", "defend", "protect", "fight", "join", "strengthen", "shore",
    };

    private static readonly HashSet<string> ForceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "troop", "troops", "soldier", "force", "forces", "personnel", "mercenary", "fighter", "unit", "battalion", "brigade", "division",
        "army", "warship", "jet", "aircraft", "marine", "paratrooper", "contingent", "military",
    };

    /// <summary>The dispatching predicate, the purpose predicate it consumes, and the purpose's beneficiaries.</summary>
    public static IEnumerable<(Predicate Dispatch, Predicate Purpose, IReadOnlyList<int> Beneficiaries, int Forces)> Find(SentenceTree tree, IReadOnlyList<Predicate> predicates, ArgumentResolver resolver)
    {
        foreach (var dispatch in predicates)
        {
            if (!Dispatch.Contains(dispatch.Lemma))
            {
                continue;
            }

            var forces = dispatch.Targets.FirstOrDefault(o => IsForce(tree, resolver, o), -1);
            if (forces < 0)
            {
                continue;
            }

            foreach (var purpose in predicates)
            {
                if (purpose.Parent == dispatch.Trigger && purpose.LinkToParent is "advcl" or "xcomp" && purpose.Marker is "to" or "in order to"
                    && Helping.Contains(purpose.Lemma) && purpose.Objects.Count > 0)
                {
                    yield return (dispatch, purpose, purpose.Objects, forces);
                }
            }
        }
    }

    private static bool IsForce(SentenceTree tree, ArgumentResolver resolver, int head) =>
        ForceNouns.Contains(tree.Lemma(head)) || ForceNouns.Contains(tree.Document.Form(head))
        || resolver.Covering(head) is { Sector: "MIL" };
}
