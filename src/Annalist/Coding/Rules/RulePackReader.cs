using Annalist.DataFiles;

namespace Annalist.Coding.Rules;

/// <summary>
/// Reads a rule pack directory: checks every file against <c>manifest.json</c>, then parses the TSV files
/// (comments start with '#'; rows must be sorted and unique) into a <see cref="CodingRules"/>. Problems name
/// the file and line.
/// </summary>
public static class RulePackReader
{
    public const string ClassesFile = "classes.tsv";
    public const string WordsFile = "word-classes.tsv";
    public const string CodesFile = "codes.tsv";
    public const string DerivedFile = "derived-codes.tsv";
    public const string PreferencesFile = "preferences.tsv";
    public const string TargetsFile = "targets.tsv";
    public const string ConstructionsFile = "constructions.tsv";

    public static IReadOnlyList<string> Files { get; } = [ClassesFile, CodesFile, ConstructionsFile, DerivedFile, PreferencesFile, TargetsFile, WordsFile];

    /// <summary>
    /// Checks every row of a pack directory and writes the SHA-256 of its files into its manifest (what
    /// `annalist rules build` does after a reviewed edit); returns the pack as loaded from the new manifest.
    /// </summary>
    public static CodingRules Build(string directory)
    {
        Read(directory, verifyHashes: false);
        var manifestPath = Path.Combine(directory, "manifest.json");
        var manifest = DataManifest.Load(manifestPath);
        var hashes = Files.ToDictionary(f => f, f => DataManifest.HashFile(Path.Combine(directory, f)), StringComparer.Ordinal);
        (manifest with { Sha256 = hashes }).Save(manifestPath);
        return Read(directory);
    }

    public static CodingRules Read(string directory, bool verifyHashes = true)
    {
        var manifestPath = Path.Combine(directory, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new DataFileException(manifestPath, "missing: the coder's rule pack needs its manifest (restore data/coding from git)");
        }

        var manifest = DataManifest.Load(manifestPath);
        if (verifyHashes)
        {
            foreach (var file in Files.Where(f => !manifest.Sha256.ContainsKey(f)))
            {
                throw new DataFileException(manifestPath, $"lists no SHA-256 for {file}; run `annalist rules build`");
            }

            manifest.Verify(directory);
        }

        var version = $"{manifest.Version}+{DataManifest.HashFile(manifestPath)[..12]}";

        var declared = new Dictionary<string, RuleRow>(StringComparer.Ordinal);
        foreach (var (row, cells) in Rows(directory, ClassesFile, 3))
        {
            if (!declared.TryAdd(cells[0], row))
            {
                throw Problem(row, $"word class '{cells[0]}' is declared twice");
            }
        }

        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (row, cells) in Rows(directory, WordsFile, 2))
        {
            if (!declared.ContainsKey(cells[0]))
            {
                throw Problem(row, $"word class '{cells[0]}' is not declared in {ClassesFile}");
            }

            (words.TryGetValue(cells[0], out var list) ? list : words[cells[0]] = []).Add(cells[1]);
        }

        var classes = declared.Keys.ToDictionary(c => c, c => new WordClass(c, words.GetValueOrDefault(c) ?? []), StringComparer.Ordinal);

        var properties = new Dictionary<CodeProperty, IReadOnlyDictionary<string, CodeRule>>();
        foreach (var (row, cells) in Rows(directory, CodesFile, 4))
        {
            var property = ParseProperty(row, cells[1]);
            if (property == CodeProperty.ImpliedTarget)
            {
                ImpliedTargetRule.Parse(cells[2], row);
            }
            else if (property == CodeProperty.Mass)
            {
                Code(row, cells[2]);
            }

            if (!properties.TryGetValue(property, out var rows))
            {
                properties[property] = rows = new Dictionary<string, CodeRule>(StringComparer.Ordinal);
            }

            if (!((Dictionary<string, CodeRule>)rows).TryAdd(Code(row, cells[0]), new CodeRule(cells[2], cells[3], row)))
            {
                throw Problem(row, $"code {cells[0]} has {cells[1]} twice");
            }
        }

        var derived = new Dictionary<(Framing, string), (string, RuleRow)>();
        foreach (var (row, cells) in Rows(directory, DerivedFile, 4))
        {
            var framing = cells[0] switch
            {
                "intended" => Framing.Intended,
                "demanded" => Framing.Demanded,
                "refused" => Framing.Refused,
                _ => throw Problem(row, $"framing '{cells[0]}' is none of intended, demanded, refused"),
            };
            var key = cells[1] == "*" ? "*" : Code(row, cells[1]);
            if (!derived.TryAdd((framing, key), (Code(row, cells[2]), row)))
            {
                throw Problem(row, $"{cells[0]} {cells[1]} is derived twice");
            }
        }

        var preferences = new Dictionary<string, List<(int Position, string Word)>>(StringComparer.Ordinal);
        foreach (var (row, cells) in Rows(directory, PreferencesFile, 4))
        {
            if (!int.TryParse(cells[1], out var position))
            {
                throw Problem(row, $"position '{cells[1]}' is not a number");
            }

            (preferences.TryGetValue(cells[0], out var list) ? list : preferences[cells[0]] = []).Add((position, cells[2]));
        }

        var ordered = preferences.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.OrderBy(w => w.Position).Select(w => w.Word).ToList(), StringComparer.Ordinal);
        var targets = new List<TargetRule>();
        foreach (var (row, cells) in Rows(directory, TargetsFile, 8))
        {
            var rule = TargetRuleParser.Parse(row, cells, classes, ordered);
            if (targets.Any(t => t.Id == rule.Id))
            {
                throw Problem(row, $"target rule '{rule.Id}' is defined twice");
            }

            targets.Add(rule);
        }

        var constructions = new List<ConstructionRule>();
        foreach (var (row, cells) in Rows(directory, ConstructionsFile, 9))
        {
            var rule = ConstructionRuleParser.Parse(row, cells, classes, ordered);
            if (constructions.Any(c => c.Id == rule.Id))
            {
                throw Problem(row, $"construction '{rule.Id}' is defined twice");
            }

            constructions.Add(rule);
        }

        return new CodingRules(version, classes, properties, derived, ordered, targets, constructions);
    }

    /// <summary>The data rows of a pack file: tab-separated, at least <paramref name="columns"/> cells, sorted and unique.</summary>
    private static IEnumerable<(RuleRow Row, string[] Cells)> Rows(string directory, string file, int columns)
    {
        var path = Path.Combine(directory, file);
        string? previous = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var row = new RuleRow(file, number);
            var cells = line.Split('\t');
            if (cells.Length < columns || cells.Take(columns).Any(c => c.Trim().Length == 0 || c != c.Trim()))
            {
                throw Problem(row, $"expected {columns} non-empty tab-separated columns");
            }

            var key = SortKey(file, cells);
            if (previous is not null && string.CompareOrdinal(previous, key) >= 0)
            {
                throw Problem(row, string.CompareOrdinal(previous, key) == 0 ? "duplicate row" : "rows are not sorted (sort them so a review sees every change in place)");
            }

            previous = key;
            yield return (row, cells);
        }
    }

    /// <summary>The columns a file is sorted by: the key columns, not the reason (positions as numbers).</summary>
    private static string SortKey(string file, string[] cells) => file switch
    {
        PreferencesFile => $"{cells[0]}\t{int.Parse(cells[1]):D4}",
        TargetsFile or ConstructionsFile => int.TryParse(cells[0], out var order) ? $"{order:D4}" : cells[0],
        CodesFile => $"{cells[0]}\t{cells[1]}",
        DerivedFile => $"{cells[0]}\t{cells[1]}",
        WordsFile => $"{cells[0]}\t{cells[1].ToLowerInvariant()}",
        _ => cells[0],
    };

    internal static CodeProperty ParseProperty(RuleRow row, string name) => name switch
    {
        "needs-recipient" => CodeProperty.NeedsRecipient,
        "mutual" => CodeProperty.Mutual,
        "force" => CodeProperty.Force,
        "violent" => CodeProperty.Violent,
        "domestic" => CodeProperty.Domestic,
        "located" => CodeProperty.Located,
        "addressed" => CodeProperty.Addressed,
        "implied-target" => CodeProperty.ImpliedTarget,
        "statement" => CodeProperty.Statement,
        "threat" => CodeProperty.Threat,
        "protest" => CodeProperty.Protest,
        "show-of-force" => CodeProperty.ShowOfForce,
        "mass" => CodeProperty.Mass,
        "undoes" => CodeProperty.Undoes,
        "asks-for" => CodeProperty.AsksFor,
        "speaks-to" => CodeProperty.SpeaksTo,
        "firm" => CodeProperty.Firm,
        "falls-on" => CodeProperty.FallsOn,
        _ => throw Problem(row, $"unknown property '{name}' (needs-recipient, mutual, force, violent, domestic, located, addressed, implied-target, statement, threat, protest, show-of-force, mass, undoes, asks-for, speaks-to, firm, falls-on)"),
    };

    private static string Code(RuleRow row, string code) =>
        code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit) ? code : throw Problem(row, $"'{code}' is not a CAMEO code or root (2-4 digits)");

    internal static DataFileException Problem(RuleRow row, string message) => new(row.ToString(), message);
}
