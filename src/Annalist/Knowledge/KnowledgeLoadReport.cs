namespace Annalist.Knowledge;

/// <summary>Per-file counts of what a knowledge build read and skipped.</summary>
public sealed class KnowledgeLoadReport
{
    private readonly List<SourceFileReport> files = [];

    public IReadOnlyList<SourceFileReport> Files => files;

    public int TotalSkipped => files.Sum(f => f.Skipped);

    public SourceFileReport Add(string file, string kind)
    {
        var report = new SourceFileReport(file, kind);
        files.Add(report);
        return report;
    }

    /// <summary>Adds the report of a file read elsewhere (an overlay's).</summary>
    public void Include(SourceFileReport file) => files.Add(file);

    public IEnumerable<DictionaryProblem> Problems => files.SelectMany(f => f.Problems);
}
