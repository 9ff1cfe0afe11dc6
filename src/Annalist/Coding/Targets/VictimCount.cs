using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Targets;

/// <summary>
/// A code that CAMEO defines by large numbers of victims (a <c>mass</c> row of codes.tsv: 202, mass killings, is the
/// killing of civilians "in large numbers") is not given to a counted few: PETRARCH2's KILL block codes any killing
/// of civilians 202, so "killing at least four civilians" would say a massacre happened. A victim phrase counted
/// below <see cref="Large"/> (a numeral, or a word of the class <c>small-numbers</c>) takes the row's code instead.
/// </summary>
public static class VictimCount
{
    /// <summary>The count from which victims are "large numbers".</summary>
    public const int Large = 20;

    private static readonly WordClass Small = CodingRules.Shipped.Words("small-numbers");

    /// <summary>The code for <paramref name="cameo"/> given the victims headed by <paramref name="targetHeads"/>, and why it changed (null when it did not).</summary>
    public static (CameoCode Cameo, string? Why) Apply(SentenceTree tree, CameoCode cameo, IReadOnlyList<int> targetHeads)
    {
        if (CodingRules.Shipped.RuleOf(cameo, CodeProperty.Mass) is not { } rule)
        {
            return (cameo, null);
        }

        foreach (var head in targetHeads)
        {
            foreach (var child in tree.Children(head))
            {
                if (tree.IsBase(child, "nummod") && IsSmall(tree.Document.Form(child)))
                {
                    return (CameoCode.Parse(rule.Value), $"{rule.Value}: '{tree.Document.Form(child)} {tree.Document.Form(head)}' are not large numbers ({rule.Row}: mass)");
                }
            }
        }

        return (cameo, null);
    }

    private static bool IsSmall(string word) =>
        Small.Contains(word) || (int.TryParse(word.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var n) && n < Large);
}
