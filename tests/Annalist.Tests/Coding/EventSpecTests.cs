using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>
/// Specs/events.txt through the shipped pipeline: sentences a careful coder codes in one way, checked on
/// type, CAMEO, actor and recipient, with a 90% floor over the file (see the file's header).
/// </summary>
public sealed class EventSpecTests
{
    private static readonly DateOnly Published = new(2010, 5, 5);

    [Fact]
    public void At_least_nine_in_ten_spec_events_are_coded()
    {
        var cases = Load(Path.Combine(AppContext.BaseDirectory, "Specs", "events.txt"));
        Assert.True(cases.Count >= 15, "the spec should hold at least 15 sentences");
        var misses = new List<string>();
        var total = 0;
        foreach (var (sentence, expected) in cases)
        {
            var events = FullPipeline.Code(sentence, Published);
            foreach (var e in expected)
            {
                total++;
                if (!events.Any(c => Matches(c, e)))
                {
                    misses.Add($"{sentence}\n    want {e}\n    got  {string.Join("; ", events.Select(Describe))}");
                }
            }
        }

        var right = total - misses.Count;
        Assert.True(right * 10 >= total * 9, $"{right}/{total} spec events coded; missing:\n{string.Join('\n', misses)}");
    }

    [Fact]
    public void The_spec_matcher_rejects_a_wrong_recipient()
    {
        var e = FullPipeline.Code("Egypt urged Israel to halt construction.", Published);
        Assert.Contains(e, c => Matches(c, "REQUEST 02 EGY->ISR"));
        Assert.DoesNotContain(e, c => Matches(c, "REQUEST 02 EGY->SYR"));
        Assert.DoesNotContain(e, c => Matches(c, "REQUEST 02 EGY->-"));
    }

    private static bool Matches(CodedEvent e, string spec)
    {
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dyad = parts[2].Split("->");
        return e.EventType == parts[0] && e.Cameo.StartsWith(parts[1], StringComparison.Ordinal)
            && Same(e.Actor, dyad[0]) && (dyad[1] == "-" ? e.Recipient is null : e.Recipient is { } r && Same(r, dyad[1]));
    }

    private static bool Same(EventParticipant actor, string expected) =>
        actor.Country == expected || actor.Code.StartsWith(expected, StringComparison.Ordinal);

    private static string Describe(CodedEvent e) => $"{e.EventType} {e.Cameo} {e.Actor.Code}->{e.Recipient?.Code ?? "-"}";

    private static List<(string Sentence, List<string> Events)> Load(string path)
    {
        var cases = new List<(string, List<string>)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                cases[^1].Item2.Add(line.Trim());
            }
            else
            {
                cases.Add((line.Trim(), []));
            }
        }

        return cases;
    }
}
