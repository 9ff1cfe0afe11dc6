using System.Text.RegularExpressions;

namespace Annalist.Coding.Rules;

/// <summary>Parses the rows of targets.tsv (see <see cref="TargetRule"/>, <see cref="DependencyPath"/>, <see cref="PatternCondition"/>); problems name file and line.</summary>
internal static partial class TargetRuleParser
{
    public static TargetRule Parse(RuleRow row, string[] cells, IReadOnlyDictionary<string, WordClass> classes, IReadOnlyDictionary<string, IReadOnlyList<string>> preferences)
    {
        if (cells.Length < 8)
        {
            throw RulePackReader.Problem(row, "expected 8 columns: order, id, when, path, accept, example, expect, reason");
        }

        var order = int.TryParse(cells[0], out var o) ? o : throw RulePackReader.Problem(row, $"order '{cells[0]}' is not a number");
        if (cells[3].StartsWith("builtin:", StringComparison.Ordinal))
        {
            var name = cells[3]["builtin:".Length..];
            if (!Enum.TryParse<TargetStrategy>(name.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var strategy) || !name.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                throw RulePackReader.Problem(row, $"no built-in target strategy '{name}' (see TargetStrategy)");
            }

            return new TargetRule(order, cells[1], Conditions(row, cells[2], classes, preferences), [], TargetAcceptance.Actor, strategy, cells[5], cells[6], cells[7], row);
        }

        var accept = cells[4] switch
        {
            "named" => TargetAcceptance.Named,
            "actor" => TargetAcceptance.Actor,
            "named-cover" => TargetAcceptance.NamedCover,
            "other-actor" => TargetAcceptance.OtherActor,
            _ => throw RulePackReader.Problem(row, $"accept '{cells[4]}' is none of named, actor, named-cover, other-actor"),
        };
        var paths = cells[3].Split(" + ").Select(p => Path(row, p, classes, preferences)).ToList();
        return new TargetRule(order, cells[1], Conditions(row, cells[2], classes, preferences), paths, accept, null, cells[5], cells[6], cells[7], row);
    }

    internal static List<PatternCondition> Conditions(RuleRow row, string cell, IReadOnlyDictionary<string, WordClass> classes, IReadOnlyDictionary<string, IReadOnlyList<string>> preferences)
    {
        if (cell == "-")
        {
            return [];
        }

        return cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => new PatternCondition(c.Split('|').Select(test => Test(row, test, classes, preferences)).ToList())).ToList();
    }

    private static PatternTest Test(RuleRow row, string test, IReadOnlyDictionary<string, WordClass> classes, IReadOnlyDictionary<string, IReadOnlyList<string>> preferences) => test switch
    {
        "active" => new PatternTest.Active(),
        _ when test.StartsWith('!') && test.Length > 1 && test[1] != '!' => new PatternTest.Not(Test(row, test[1..], classes, preferences)),
        _ when test.StartsWith("lemma=&", StringComparison.Ordinal) => new PatternTest.LemmaIn(Class(row, test["lemma=&".Length..], classes)),
        _ when test.StartsWith("lemma=", StringComparison.Ordinal) && test.Length > "lemma=".Length && test["lemma=".Length..].All(char.IsAsciiLetterLower) => new PatternTest.LemmaIs(test["lemma=".Length..]),
        _ when test.StartsWith("code=", StringComparison.Ordinal) => new PatternTest.CodeStarts(test["code=".Length..]),
        _ when test.StartsWith("code:", StringComparison.Ordinal) => new PatternTest.CodeHas(RulePackReader.ParseProperty(row, test["code:".Length..])),
        _ when test.StartsWith("has=", StringComparison.Ordinal) => new PatternTest.Has(Path(row, test["has=".Length..], classes, preferences)),
        _ => throw RulePackReader.Problem(row, $"condition '{test}' is none of active, lemma=&CLASS, lemma=WORD, code=ROOT, code:PROPERTY, has=PATH, !TEST"),
    };

    private static DependencyPath Path(RuleRow row, string text, IReadOnlyDictionary<string, WordClass> classes, IReadOnlyDictionary<string, IReadOnlyList<string>> preferences)
    {
        var steps = new List<PathStep>();
        foreach (var part in text.Split('/'))
        {
            var m = StepPattern().Match(part);
            if (!m.Success)
            {
                throw RulePackReader.Problem(row, $"path step '{part}' is not RELATION[:PREPOSITIONS][[FILTERS]]");
            }

            var relation = m.Groups["rel"].Value;
            var known = steps.Count == 0 ? relation is "obj" or "iobj" or "obj-noun" or "obl" or "ccomp" or "purpose" : relation is "nmod" or "subj" or "obj";
            if (!known)
            {
                throw RulePackReader.Problem(row, $"'{relation}' cannot be step {steps.Count + 1} of a path (first: obj, iobj, obj-noun, obl, ccomp, purpose; then nmod, subj, obj)");
            }

            var preferred = m.Groups["pref"].Success;
            var prepositions = !m.Groups["preps"].Success ? []
                : preferred ? (preferences.TryGetValue(m.Groups["preps"].Value, out var list) ? list : throw RulePackReader.Problem(row, $"no preference list '{m.Groups["preps"].Value}' in preferences.tsv"))
                : m.Groups["preps"].Value.Split('|');
            var filters = !m.Groups["filters"].Success ? [] : m.Groups["filters"].Value.Split('|').Select(f =>
                f.StartsWith('&') ? new StepFilter(Class(row, f[1..], classes), null, false)
                : f.StartsWith("upos=", StringComparison.Ordinal) ? new StepFilter(null, f[5..], false)
                : f == "named" ? new StepFilter(null, null, true)
                : f == "actor" ? new StepFilter(null, null, false, AnyCover: true)
                : throw RulePackReader.Problem(row, $"filter '{f}' is none of &CLASS, upos=TAG, named, actor")).ToList();
            steps.Add(new PathStep(relation, prepositions, preferred, filters));
        }

        return new DependencyPath(steps);
    }

    internal static WordClass Class(RuleRow row, string name, IReadOnlyDictionary<string, WordClass> classes) =>
        classes.TryGetValue(name, out var words) ? words : throw RulePackReader.Problem(row, $"word class '{name}' is not declared in {RulePackReader.ClassesFile}");

    [GeneratedRegex(@"^(?<rel>[a-z-]+)(:(?<pref>@)?(?<preps>[a-z|'’-]+))?(\[(?<filters>[^\]]+)\])?$")]
    private static partial Regex StepPattern();
}
