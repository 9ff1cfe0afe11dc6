using System.Globalization;
using Annalist.Knowledge.Actors;

namespace Annalist.Tests.Knowledge;

/// <summary>The actor lookups of Specs/actors.txt: each text, on its date, must give the code and kind written there first.</summary>
public sealed class ActorSpecTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "actors.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], f[1], f[3], f[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_as_the_spec_says(string text, string date, string code, string kind)
    {
        var on = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var candidates = ShippedKnowledge.Value.Actors.Lookup(text, on);
        Assert.NotEmpty(candidates);
        var best = candidates[0];
        Assert.Equal(code, best.Code.Value);
        Assert.Equal(kind, ActorKinds.Name(best.Kind));
        Assert.Contains(":", best.Source, StringComparison.Ordinal);
    }
}
