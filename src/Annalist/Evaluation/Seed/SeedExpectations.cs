using System.Globalization;
using System.Text.Json;

namespace Annalist.Evaluation.Seed;

/// <summary>The must, may and must-not expectations of an annotated article, and its publication date.</summary>
public sealed record SeedExpectations(DateOnly PublicationDate, IReadOnlyList<SeedExpectation> Must, IReadOnlyList<SeedExpectation> May, IReadOnlyList<SeedExpectation> MustNot)
{
    public static SeedExpectations Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        IReadOnlyList<SeedExpectation> Section(string name) =>
            root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(SeedExpectation.Parse).ToList() : [];
        var date = DateOnly.ParseExact(root.GetProperty("publication_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new SeedExpectations(date, Section("must"), Section("may"), Section("must_not"));
    }
}
