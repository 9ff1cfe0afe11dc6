namespace Annalist.Knowledge;

/// <summary>What was read from one knowledge source file: entries loaded, lines skipped, and why.</summary>
public sealed class SourceFileReport(string file, string kind)
{
    private readonly List<DictionaryProblem> problems = [];

    /// <summary>The file as it is named in sources (relative to the knowledge data directory for shipped files).</summary>
    public string File { get; } = file;

    /// <summary>What the file holds: actors, agents, verbs, discards, countries, leaders, media, places, ontology.</summary>
    public string Kind { get; } = kind;

    /// <summary>Entries (records, patterns, rows) taken from the file.</summary>
    public int Loaded { get; set; }

    /// <summary>Lines or parts of lines that could not be used; each has a problem in <see cref="Problems"/>.</summary>
    public int Skipped { get; private set; }

    /// <summary>Problems that did not skip anything (e.g. an unknown code kept as written).</summary>
    public int Warnings { get; private set; }

    public IReadOnlyList<DictionaryProblem> Problems => problems;

    /// <summary>Records a line (or a part of it) that was not used.</summary>
    public void Skip(int line, string message, string text)
    {
        Skipped++;
        problems.Add(new DictionaryProblem(File, line, message, text.Trim()));
    }

    /// <summary>Records something odd that was still loaded.</summary>
    public void Warn(int line, string message, string text)
    {
        Warnings++;
        problems.Add(new DictionaryProblem(File, line, "warning: " + message, text.Trim()));
    }

    public override string ToString() => $"{File} ({Kind}): {Loaded} loaded, {Skipped} skipped, {Warnings} warnings";
}
