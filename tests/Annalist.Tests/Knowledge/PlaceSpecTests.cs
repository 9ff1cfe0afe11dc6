using System.Globalization;

namespace Annalist.Tests.Knowledge;

/// <summary>The gazetteer lookups of Specs/places.txt: the best candidate's country, feature and coordinates.</summary>
public sealed class PlaceSpecTests
{
    public static TheoryData<string, string, string, string, double, double> Cases()
    {
        var data = new TheoryData<string, string, string, string, double, double>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "places.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], f[1], f[3], f[4], double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_as_the_spec_says(string name, string hints, string country, string feature, double lat, double lon)
    {
        var candidates = ShippedKnowledge.Value.Places.Lookup(name, hints == "-" ? null : hints.Split(','));
        Assert.NotEmpty(candidates);
        var best = candidates[0].Place;
        Assert.Equal((country, feature), (best.Country, best.FeatureCode));
        Assert.InRange(best.Latitude, lat - 0.1, lat + 0.1);
        Assert.InRange(best.Longitude, lon - 0.1, lon + 0.1);
    }

    [Fact]
    public void Kiev_and_Kyiv_are_one_place()
    {
        var kiev = ShippedKnowledge.Value.Places.Lookup("Kiev")[0].Place;
        var kyiv = ShippedKnowledge.Value.Places.Lookup("Kyiv")[0].Place;
        Assert.Same(kiev, kyiv);
        Assert.Equal(703448, kyiv.GeonameId);
    }
}
