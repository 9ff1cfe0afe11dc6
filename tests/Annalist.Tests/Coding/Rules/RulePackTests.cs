using Annalist.Knowledge.Ontology;
using System.Text.RegularExpressions;
using Annalist.Coding.Rules;
using Annalist.DataFiles;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Rules;

/// <summary>The coder's rule pack (data/coding): hash-checked, sorted and complete, and the only home of the coder's word lists.</summary>
public sealed class RulePackTests
{
    private static string PackDirectory => Path.Combine(SharedData.RepositoryRoot, "data", CodingRules.Folder);

    [Fact]
    public void The_shipped_pack_loads_with_its_hashes_and_its_version_names_the_manifest()
    {
        var rules = CodingRules.Load(PackDirectory);
        var hash = DataManifest.HashFile(Path.Combine(PackDirectory, "manifest.json"));
        Assert.EndsWith("+" + hash[..12], rules.Version, StringComparison.Ordinal);
        Assert.True(rules.Classes.Count() >= 40);
        Assert.True(rules.Words("reporting").Contains("SAY"), "word classes ignore case");
    }

    [Fact]
    public void An_edited_file_without_a_rebuilt_manifest_is_refused_by_name()
    {
        using var copy = CopyPack();
        File.AppendAllText(Path.Combine(copy.Path, RulePackReader.WordsFile), "weapon-nouns\tzzz-weapon\n");
        var problem = Assert.Throws<DataFileException>(() => CodingRules.Load(copy.Path));
        Assert.Contains(RulePackReader.WordsFile, problem.Message);
        Assert.Contains("does not match manifest.json", problem.Message);
    }

    [Fact]
    public void Build_rehashes_a_reviewed_edit_and_the_version_changes()
    {
        using var copy = CopyPack();
        var before = CodingRules.Load(copy.Path).Version;
        File.AppendAllText(Path.Combine(copy.Path, RulePackReader.WordsFile), "weapon-nouns\tzzz-weapon\n");
        var after = RulePackReader.Build(copy.Path);
        Assert.NotEqual(before, after.Version);
        Assert.True(after.Words("weapon-nouns").Contains("zzz-weapon"));
    }

    [Theory]
    [InlineData(RulePackReader.WordsFile, "accusing\taccuse\n", "not sorted")]
    [InlineData(RulePackReader.WordsFile, "zz-no-such-class\tword\n", "not declared")]
    [InlineData(RulePackReader.CodesFile, "01\tforce\t-\tout of order\n", "not sorted")]
    [InlineData(RulePackReader.CodesFile, "99\tfast\t-\tno such property\n", "unknown property")]
    [InlineData(RulePackReader.DerivedFile, "wished\t04\t036\tno such framing\n", "framing")]
    public void A_bad_row_is_reported_with_its_file_and_line(string file, string row, string problem)
    {
        using var copy = CopyPack();
        var path = Path.Combine(copy.Path, file);
        var lines = File.ReadAllLines(path).Length;
        File.AppendAllText(path, row);
        var error = Assert.Throws<DataFileException>(() => RulePackReader.Build(copy.Path));
        Assert.Contains($"{file}:{lines + 1}", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("191", CodeProperty.Force, true)]
    [InlineData("0874", CodeProperty.ImpliedTarget, true)]
    [InlineData("0874", CodeProperty.NeedsRecipient, false)]
    [InlineData("042", CodeProperty.NeedsRecipient, true)]
    [InlineData("111", CodeProperty.Addressed, true)]
    [InlineData("1384", CodeProperty.Threat, true)]
    [InlineData("120", CodeProperty.Threat, false)]
    [InlineData("145", CodeProperty.Protest, true)]
    [InlineData("154", CodeProperty.ShowOfForce, true)]
    [InlineData("012", CodeProperty.Statement, true)]
    [InlineData("020", CodeProperty.Statement, false)]
    public void Code_properties_hold_for_a_code_through_its_nearest_listed_ancestor(string cameo, CodeProperty property, bool expected) =>
        Assert.Equal(expected, CodingRules.Shipped.Has(CameoCode.Parse(cameo), property));

    [Theory]
    [InlineData(Framing.Intended, "0871", "0356")]
    [InlineData(Framing.Intended, "195", "1384")]
    [InlineData(Framing.Intended, "111", "111")]
    [InlineData(Framing.Demanded, "0311", "102")]
    [InlineData(Framing.Demanded, "190", "100")]
    [InlineData(Framing.Refused, "057", "127")]
    [InlineData(Framing.Refused, "051", "120")]
    public void Derived_codes_come_from_the_exact_row_then_the_root_then_the_default(Framing framing, string cameo, string expected) =>
        Assert.Equal(expected, CodingRules.Shipped.Derive(framing, CameoCode.Parse(cameo)).Value);

    [Fact]
    public void Every_word_class_the_pack_declares_is_read_by_the_coder_and_every_one_it_reads_exists()
    {
        var code = string.Join('\n', CodingSources().Select(File.ReadAllText));
        var patterns = File.ReadAllText(Path.Combine(PackDirectory, RulePackReader.TargetsFile)) + File.ReadAllText(Path.Combine(PackDirectory, RulePackReader.ConstructionsFile));
        var read = Regex.Matches(code, "Words\\(\"([a-z-]+)\"\\)").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(patterns, "&([a-z-]+)").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var declared = CodingRules.Shipped.Classes.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(read.Except(declared));
        Assert.Empty(declared.Except(read));
    }

    /// <summary>
    /// Word lists belong in data/coding/word-classes.tsv, where they are reviewed and versioned: a collection of
    /// three or more string literals ({ "a", "b", "c" } or ["a", "b", "c"]), or a lemma compared with three or more
    /// ("lemma is "a" or "b" or "c""), added to C# under src/Annalist/Coding fails here. Grammar constants (UD
    /// relation names tried in order) are the one listed exception.
    /// </summary>
    [Fact]
    public void No_word_set_literal_is_written_in_coding_csharp()
    {
        var initialiser = new Regex("[\\{\\[]\\s*\"[^\"\\n]*\"\\s*,\\s*\"[^\"\\n]*\"\\s*,\\s*\"[^\"\\n]*\"");
        var lemmaTest = new Regex("([Ll]emma(\\([^)]*\\))?|pronoun) is (not )?\\(?\"[^\"]*\"( or \"[^\"]*\"){2,}");
        var found = CodingLines(code => initialiser.IsMatch(code) || lemmaTest.IsMatch(code), ["ModifierRelations = [\"compound\""]);

        Assert.True(found.Count == 0, "word lists belong in data/coding/word-classes.tsv (one row per word, then `annalist rules build`):\n" + string.Join('\n', found));
    }

    /// <summary>
    /// Coding handles CAMEO codes as <c>CameoCode</c> values (<c>Root</c>, <c>RootPrefix</c>, <c>IsUnder</c>), not as strings
    /// sliced and measured: a <c>string cameo</c> parameter, <c>cameo[..2]</c>, <c>cameo.Length</c> or <c>cameo.StartsWith</c>
    /// fails here. The exception: the ontology's overloads for codes as records write them.
    /// </summary>
    [Fact]
    public void No_CAMEO_code_is_handled_as_a_string_in_coding_csharp()
    {
        var idiom = new Regex("\\bstring\\??\\s+[Cc]ameo\\b|[Cc]ameo(\\.Value)?\\[\\.\\.|[Cc]ameo\\.(Length|StartsWith)\\b");
        var found = CodingLines(idiom.IsMatch, ["Plover(string cameo) => CameoCode.TryParse"]);

        Assert.True(found.Count == 0, "use CameoCode (Knowledge/Ontology) for CAMEO codes in coding:\n" + string.Join('\n', found));
    }

    /// <summary>The lines of coding C# (comments left out) that match, as file:line: text, except those containing an allowed text.</summary>
    private static List<string> CodingLines(Func<string, bool> matches, string[] allowed)
    {
        var found = new List<string>();
        foreach (var file in CodingSources())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal) ? string.Empty : lines[i];
                if (matches(code) && !allowed.Any(code.Contains))
                {
                    found.Add($"{Path.GetRelativePath(SharedData.RepositoryRoot, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> CodingSources() =>
        Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "src", "Annalist", "Coding"), "*.cs", SearchOption.AllDirectories);

    /// <summary>A scratch copy of the shipped pack, to edit in a test.</summary>
    internal static TempDirectory CopyPack()
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(PackDirectory))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        return copy;
    }
}
