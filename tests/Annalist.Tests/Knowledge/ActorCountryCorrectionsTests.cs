using Annalist.Knowledge;
using Annalist.Knowledge.Actors;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Knowledge;

/// <summary>A reviewed correction re-codes the entry it names, keeps sector and dates, and a row that names no entry is reported.</summary>
public sealed class ActorCountryCorrectionsTests
{
    [Fact]
    public void A_row_recodes_its_entry_keeps_sectors_and_dates_and_a_stale_row_is_reported()
    {
        using var dir = new TempDirectory();
        var path = dir.File("corrections.tsv", "file\tentry\tfrom\tto\tnote\nd.txt\tAHMED_\tMUS\tMRT\twrong block\nd.txt\tNOBODY_\tMUS\tMRT\tstale\n");
        var report = new SourceFileReport("corrections.tsv", "actors");
        var corrections = ActorCountryCorrections.Read(path, "corrections.tsv", report);
        var codes = new ActorCodeParser(["MUS", "MRT"]);
        var ahmed = new ActorEntry(1, "AHMED_", ActorKind.Person, ["AHMED"],
            [new DatedActorCode(codes.Parse("MUSGOV"), new DateOnly(1979, 4, 6), new DateOnly(1979, 5, 27)), new DatedActorCode(codes.Parse("MUSELI"), null, null)],
            "d.txt:3", KnowledgeLayer.Dictionary);
        var other = ahmed with { Id = 2, Entry = "JUGNAUTH_" };

        var result = corrections.Apply([ahmed, other], "d.txt", codes).ToList();
        corrections.ReportUnused();

        Assert.Equal(["MRTGOV", "MRTELI"], result[0].Codes.Select(c => c.Code.Value));
        Assert.Equal(new DateOnly(1979, 4, 6), result[0].Codes[0].From);
        Assert.Equal(["MUSGOV", "MUSELI"], result[1].Codes.Select(c => c.Code.Value));
        Assert.Contains(report.Problems, p => p.Message.Contains("NOBODY_", StringComparison.Ordinal));
    }
}
