using System.Text.Json;
using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>
/// The README's first command, held by Specs/example-article.txt: examples/article.txt coded as a careful
/// coder codes it, with the checks the coder fails today listed as known failures (see the file's header).
/// </summary>
public sealed class ExampleArticleSpecTests
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    [Fact]
    public void The_example_article_is_coded_as_its_spec_says_apart_from_the_known_failures()
    {
        var spec = ExampleSpec.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "example-article.txt"));
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "examples", "article.txt"));
        var records = FullPipeline.Code(text, Published, "article").Select(ToJson).ToList();

        var unexpected = new List<string>();
        var nowRight = new List<string>();
        foreach (var (id, check, holds) in spec.Evaluate(records))
        {
            var known = spec.KnownFailures.Contains(id);
            if (!holds && !known)
            {
                unexpected.Add($"{id}: {check}");
            }
            else if (holds && known)
            {
                nowRight.Add(id);
            }
        }

        var stale = spec.KnownFailures.Where(k => !spec.CheckIds.Contains(k)).ToList();
        Assert.True(
            unexpected.Count == 0 && nowRight.Count == 0 && stale.Count == 0,
            $"failing checks not listed as known: {string.Join("; ", unexpected)}\n"
            + $"known failures that now hold (remove them from the spec): {string.Join(", ", nowRight)}\n"
            + $"known failures naming no check: {string.Join(", ", stale)}\n"
            + $"coded: {string.Join("\n  ", records.Select(r => r.GetRawText()))}");
    }

    [Fact]
    public void A_check_fails_on_a_record_that_breaks_it()
    {
        var spec = ExampleSpec.Parse(
            """
            event e trigger=accused
              present
              actor.code ^= UKR
              claimed_by.code = GOV
              place.name = Kharkiv
            """);
        var record = JsonDocument.Parse(
            """{"evidence":{"trigger":{"text":"accused"}},"actor":{"code":"RUSGOV"},"claimed_by":[{"code":"GOV"},{"code":"UKRGOV"}],"place":null}""").RootElement;
        var results = spec.Evaluate([record]).ToDictionary(r => r.Id, r => r.Holds);
        Assert.True(results["e.present"]);
        Assert.False(results["e.actor.code"]);
        Assert.False(results["e.claimed_by.code"]);
        Assert.False(results["e.place.name"]);
        Assert.False(spec.Evaluate([]).Single(r => r.Id == "e.present").Holds);
    }

    private static JsonElement ToJson(CodedEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            EventJson.Write(e, json);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }
}
