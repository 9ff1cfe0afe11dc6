using System.Text.Json;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Knowledge;

/// <summary>The lookup commands as a user runs them (the examples of issue 4).</summary>
public sealed class KnowledgeCommandTests
{
    [Theory]
    [InlineData("Kim Jong Un", "2024-11-22", "PRKGOV", "PRK", "GOV", "person")]
    [InlineData("Vladimir Putin", "2005-01-01", "RUSGOV", "RUS", "GOV", "person")]
    [InlineData("Pyongyang", "2024-11-22", "PRKGOV", "PRK", "GOV", "state")]
    [InlineData("KCNA", "2024-11-22", "PRKMED", "PRK", "MED", "media")]
    [InlineData("the Pentagon", "2024-11-22", "USAMIL", "USA", "MIL", "organization")]
    public void Actors_lookup_prints_candidates_best_first(string text, string date, string code, string country, string sector, string kind)
    {
        var result = CliRunner.Run(null, "actors", "lookup", text, "--date", date, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var best = json.RootElement[0];
        Assert.Equal(code, best.GetProperty("code").GetString());
        Assert.Equal(country, best.GetProperty("country").GetString());
        Assert.Equal(sector, best.GetProperty("sector").GetString());
        Assert.Equal(kind, best.GetProperty("kind").GetString());
        foreach (var field in new[] { "text", "entry", "source", "valid_from", "valid_to" })
        {
            Assert.True(best.TryGetProperty(field, out _), field);
        }
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("Kiev")]
    public void Places_lookup_gives_one_place_for_both_spellings(string name)
    {
        var result = CliRunner.Run(null, "places", "lookup", name, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var best = json.RootElement[0];
        Assert.Equal(703448, best.GetProperty("geonameid").GetInt64());
        Assert.InRange(best.GetProperty("lat").GetDouble(), 50.40, 50.50);
        Assert.InRange(best.GetProperty("lon").GetDouble(), 30.47, 30.57);
        Assert.Equal("UKR", best.GetProperty("country").GetString());
        foreach (var field in new[] { "name", "admin1", "population", "feature_code" })
        {
            Assert.True(best.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void A_user_overlay_wins_and_its_bad_lines_are_named()
    {
        using var temp = new TempDirectory();
        var overlay = temp.File("mine.tsv", "phrase\tcode\tkind\tfrom\tto\tnote\nPyongyang\tPRKMIL\tstate\t\t\ttest\nbroken line\n");
        var result = CliRunner.Run(null, "actors", "lookup", "Pyongyang", "--actors", overlay, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("PRKMIL", json.RootElement[0].GetProperty("code").GetString());
        Assert.Contains($"{overlay}:3", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_check_reports_skipped_lines_with_file_and_line()
    {
        using var temp = new TempDirectory();
        var actors = temp.File("my.actors.txt", "GOOD_ACTOR [USA]\nNO_CODE\n\n+ORPHAN_SYNONYM\n");
        var result = CliRunner.Run(null, "knowledge", "check", "--actors", actors);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{actors}:2:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "actors", "lookup", "Putin", "--date", "2005-13-01");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_users_verbs_file_may_name_the_shipped_dictionarys_synsets()
    {
        using var dir = new TempDirectory();
        var verbs = dir.File("verbs.txt", """
            ---  USER_INK   [---]  ---
            INK
            - * &CEASEFIRE                                        [057]         # INK
            - * &NO_SUCH_SYNSET                                   [057]         # INK
            """);
        var result = CliRunner.Run(null, "knowledge", "check", "--verbs", verbs);
        Assert.Equal(1, result.ExitCode); // the second pattern's synset is defined nowhere
        Assert.Contains("NO_SUCH_SYNSET", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CEASEFIRE", result.Stdout, StringComparison.Ordinal); // CAMEO.2.0's, inherited
    }
}
