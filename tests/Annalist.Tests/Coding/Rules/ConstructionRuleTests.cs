using Annalist.Coding.Rules;
using Annalist.DataFiles;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Rules;

/// <summary>Every row of data/coding/constructions.tsv codes its own example sentence through the shipped pipeline, and the record names it.</summary>
public sealed class ConstructionRuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in CodingRules.Shipped.Constructions)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_construction_codes_its_example_and_the_record_names_it(string id)
    {
        var rule = CodingRules.Shipped.Constructions.Single(r => r.Id == id);
        var events = FullPipeline.Code(rule.Example, Published);
        var coded = events.Where(e => EventSpecCase.Matches(e, rule.Expect)).ToList();
        Assert.True(coded.Count > 0, $"{rule.Row}: \"{rule.Example}\" should give {rule.Expect}; got {string.Join("; ", events.Select(EventSpecCase.Describe))}");
        Assert.Contains(coded, e => e.Rule == rule.Name && e.Cameo == rule.Code.Value);
    }

    [Fact]
    public void The_constructions_are_in_order_and_every_shape_has_a_row()
    {
        var rules = CodingRules.Shipped.Constructions;
        Assert.Equal(rules.OrderBy(r => r.Order).Select(r => r.Id), rules.Select(r => r.Id));
        Assert.All(Enum.GetValues<ConstructionShape>(), shape => Assert.Contains(rules, r => r.Shape == shape));
    }

    [Theory]
    [InlineData("handover\tactive\tthings=&weapon-nouns", "needs the slot")]
    [InlineData("handover\tactive\tthings=&no-such-class general=&equipment-nouns modifiers=&military-modifiers to=to unless-read=07", "not declared")]
    [InlineData("handover\tactive\tthings=&weapon-nouns general=&equipment-nouns modifiers=&military-modifiers to=to unless-read=07 colour=red", "has no slot 'colour'")]
    [InlineData("handover\tcode=07\tthings=&weapon-nouns general=&equipment-nouns modifiers=&military-modifiers to=to unless-read=07", "on its anchor only")]
    [InlineData("sculpture\tactive\tthings=&weapon-nouns", "is none of")]
    public void A_bad_construction_is_refused_with_its_line(string shapeWhenSlots, string problem)
    {
        using var copy = RulePackTests.CopyPack();
        var file = Path.Combine(copy.Path, RulePackReader.ConstructionsFile);
        var lines = File.ReadAllLines(file).Length;
        File.AppendAllText(file, $"99\tbad\t{shapeWhenSlots}\t072\tAn example.\tAID 07 A->B\ta reason\n");
        var error = Assert.Throws<DataFileException>(() => RulePackReader.Build(copy.Path));
        Assert.Contains($"{RulePackReader.ConstructionsFile}:{lines + 1}", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
