using Annalist.Coding.Rules;
using Annalist.DataFiles;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Rules;

/// <summary>Every row of data/coding/targets.tsv decides its own example sentence through the shipped pipeline, and the record names it.</summary>
public sealed class TargetRuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in CodingRules.Shipped.Targets)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_target_rule_decides_its_example_and_the_record_names_it(string id)
    {
        var rule = CodingRules.Shipped.Targets.Single(r => r.Id == id);
        var events = FullPipeline.Code(rule.Example, Published);
        var coded = events.Where(e => EventSpecCase.Matches(e, rule.Expect)).ToList();
        Assert.True(coded.Count > 0, $"{rule.Row}: \"{rule.Example}\" should give {rule.Expect}; got {string.Join("; ", events.Select(EventSpecCase.Describe))}");
        Assert.Contains(coded, e => e.Explain?.Recipient.Contains(rule.Name, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_cascade_is_in_order_and_every_pattern_reaches_somewhere()
    {
        var rules = CodingRules.Shipped.Targets;
        Assert.Equal(rules.OrderBy(r => r.Order).Select(r => r.Id), rules.Select(r => r.Id));
        Assert.All(rules.Where(r => r.Builtin is null), r => Assert.NotEmpty(r.Paths));
    }

    [Theory]
    [InlineData("obj/obl:to", "cannot be step 2")]
    [InlineData("obl:@no-such-list", "no preference list")]
    [InlineData("obj[&no-such-class]", "not declared")]
    [InlineData("builtin:guess", "no built-in target strategy")]
    [InlineData("obj[people]", "none of &CLASS, upos=TAG, named, actor")]
    public void A_bad_pattern_is_refused_with_its_line(string path, string problem)
    {
        using var copy = RulePackTests.CopyPack();
        var targets = Path.Combine(copy.Path, RulePackReader.TargetsFile);
        var lines = File.ReadAllLines(targets).Length;
        File.AppendAllText(targets, $"99\tbad\t-\t{path}\tactor\tAn example.\tAGREE 03 A->B\ta reason\n");
        var error = Assert.Throws<DataFileException>(() => RulePackReader.Build(copy.Path));
        Assert.Contains($"{RulePackReader.TargetsFile}:{lines + 1}", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
