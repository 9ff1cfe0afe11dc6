using Annalist.Evaluation;
using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>
/// Specs/events.txt through the shipped pipeline, one test per case (its id says its dev/test part and its
/// first words): every listed event must be coded, except for the cases in Specs/events.known-failures.txt,
/// which must still fail, so a rule that starts deciding them gets the list shortened rather than hidden.
/// </summary>
public sealed class EventSpecTests
{
    private static readonly DateOnly Published = new(2010, 5, 5);

    private static readonly Lazy<IReadOnlyList<EventSpecCase>> Cases = new(() => EventSpecCase.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "events.txt")));

    private static readonly Lazy<HashSet<string>> KnownFailures = new(() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "events.known-failures.txt"))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value)
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Spec_case_is_coded(string id)
    {
        var spec = Cases.Value.Single(c => c.Id == id);
        var events = FullPipeline.Code(spec.Sentence, Published);
        var misses = spec.Events.Where(e => !events.Any(c => Matches(c, e))).ToList();
        var known = KnownFailures.Value.Contains(id);
        if (known)
        {
            Assert.True(misses.Count > 0, $"{id} is listed in Specs/events.known-failures.txt but now passes: remove it from the list");
            return;
        }

        Assert.True(misses.Count == 0, $"{spec.Sentence}\n    want {string.Join("; ", misses)}\n    got  {string.Join("; ", events.Select(Describe))}");
    }

    [Fact]
    public void Case_ids_are_unique_and_known_failures_name_cases()
    {
        var ids = Cases.Value.Select(c => c.Id).ToList();
        Assert.True(ids.Count >= 15, "the spec should hold at least 15 sentences");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(KnownFailures.Value.Except(ids));
    }

    /// <summary>
    /// The spec and the rule pack's examples are the project's own sentences: none shares six consecutive words
    /// with a PLOVER gold record (the set the coder is scored on must not be copied into the repository).
    /// </summary>
    [SkippableFact]
    public void No_spec_case_or_rule_example_is_taken_from_the_plover_gold_records()
    {
        var gold = Words(File.ReadAllText(SharedData.Require("data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt")));
        var windows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 6 <= gold.Length; i++)
        {
            windows.Add(string.Join(' ', gold[i..(i + 6)]));
        }

        var examples = Annalist.Coding.Rules.CodingRules.Shipped.Targets.Select(t => t.Example);
        var copied = Cases.Value.Select(c => c.Sentence).Concat(examples).Where(sentence =>
        {
            var words = Words(sentence);
            return Enumerable.Range(0, Math.Max(0, words.Length - 5)).Any(i => windows.Contains(string.Join(' ', words[i..(i + 6)])));
        }).ToList();
        Assert.True(copied.Count == 0, "taken from the PLOVER gold records:\n" + string.Join('\n', copied));
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '"', '\'')).ToArray();

    [Fact]
    public void The_spec_matcher_rejects_a_wrong_recipient()
    {
        var e = FullPipeline.Code("Egypt urged Israel to halt construction.", Published);
        Assert.Contains(e, c => Matches(c, "REQUEST 02 EGY->ISR"));
        Assert.DoesNotContain(e, c => Matches(c, "REQUEST 02 EGY->SYR"));
        Assert.DoesNotContain(e, c => Matches(c, "REQUEST 02 EGY->-"));
    }

    private static bool Matches(CodedEvent e, string spec) => EventSpecCase.Matches(e, spec);

    private static string Describe(CodedEvent e) => EventSpecCase.Describe(e);
}

/// <summary>One case of Specs/events.txt: a sentence, the events it must give, and an id made of its dev/test part and first words.</summary>
internal sealed record EventSpecCase(string Id, string Sentence, List<string> Events)
{
    /// <summary>Whether an event is "TYPE CAMEO ACTOR->RECIPIENT" (CAMEO a prefix; ACTOR a country or the start of a code; "-" no recipient).</summary>
    public static bool Matches(CodedEvent e, string spec)
    {
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dyad = parts[2].Split("->");
        return e.EventType == parts[0] && e.Cameo.StartsWith(parts[1], StringComparison.Ordinal)
            && Same(e.Actor, dyad[0]) && (dyad[1] == "-" ? e.Recipient is null : e.Recipient is { } r && Same(r, dyad[1]));
    }

    public static string Describe(CodedEvent e) => $"{e.EventType} {e.Cameo} {e.Actor.Code}->{e.Recipient?.Code ?? "-"}";

    private static bool Same(EventParticipant actor, string expected) =>
        actor.Country == expected || actor.Code.StartsWith(expected, StringComparison.Ordinal);

    public static List<EventSpecCase> Load(string path)
    {
        var cases = new List<EventSpecCase>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                cases[^1].Events.Add(line.Trim());
            }
            else
            {
                var sentence = line.Trim();
                cases.Add(new EventSpecCase(IdOf(sentence), sentence, []));
            }
        }

        return cases;
    }

    /// <summary>"dev: Egypt urged Israel to halt construction": the part, then the sentence's first eight words.</summary>
    private static string IdOf(string sentence)
    {
        var words = sentence.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8);
        return $"{DevTestSplit.Name(DevTestSplit.Of(sentence))}: {string.Join(' ', words)}";
    }
}
