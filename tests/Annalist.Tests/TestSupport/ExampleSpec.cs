using System.Text.Json;

namespace Annalist.Tests.TestSupport;

/// <summary>
/// A readable spec of one article's expected events (format in Specs/example-article.txt): events found
/// by their trigger, field checks on their JSON records, and the checks known to fail today.
/// </summary>
internal sealed class ExampleSpec
{
    private readonly List<SpecEvent> events = [];

    public HashSet<string> KnownFailures { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CheckIds => events.SelectMany(e => e.Checks.Select(c => $"{e.Name}.{c.Field}")).ToHashSet(StringComparer.Ordinal);

    public static ExampleSpec Load(string path) => Parse(File.ReadAllText(path));

    public static ExampleSpec Parse(string text)
    {
        var spec = new ExampleSpec();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var words = line.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (words[0] == "event" && !char.IsWhiteSpace(line[0]))
            {
                var triggers = words[2].StartsWith("trigger=", StringComparison.Ordinal)
                    ? words[2]["trigger=".Length..].Split('|')
                    : throw new FormatException($"event line without trigger=: {line}");
                spec.events.Add(new SpecEvent(words[1], triggers, []));
            }
            else if (words[0] == "known" && !char.IsWhiteSpace(line[0]))
            {
                spec.KnownFailures.Add(words[1]);
            }
            else if (char.IsWhiteSpace(line[0]) && spec.events.Count > 0)
            {
                spec.events[^1].Checks.Add(words.Length == 1 ? new Check(words[0], "present", string.Empty) : new Check(words[0], words[1], words.Length > 2 ? words[2].Trim() : string.Empty));
            }
            else
            {
                throw new FormatException($"cannot read spec line: {line}");
            }
        }

        return spec;
    }

    /// <summary>
    /// Every check of every event against the coded records: its id (EVENT.FIELD), its text, whether it
    /// holds. An event that is not coded yields only its "present" check.
    /// </summary>
    public IEnumerable<(string Id, string Check, bool Holds)> Evaluate(IReadOnlyList<JsonElement> records)
    {
        foreach (var e in events)
        {
            var record = records.Cast<JsonElement?>().FirstOrDefault(r => e.Triggers.Any(t => Field(r!.Value, "evidence.trigger.text").StartsWith(t, StringComparison.Ordinal)));
            foreach (var check in e.Checks.Where(c => record is not null || c.Op == "present"))
            {
                var text = check.Op == "present" ? "present" : $"{check.Field} {check.Op} {check.Value} (coded: {(record is { } r ? Field(r, check.Field) : "no event")})";
                yield return ($"{e.Name}.{check.Field}", text, record is { } found && Holds(check, found));
            }
        }
    }

    private static bool Holds(Check check, JsonElement record)
    {
        if (check.Op == "present")
        {
            return true;
        }

        var actual = Field(record, check.Field);
        var values = check.Value.Split('|');
        return check.Op switch
        {
            "=" => values.Any(v => v == actual || (v == "-" && actual.Length == 0)),
            "^=" => values.Any(v => actual.StartsWith(v, StringComparison.Ordinal) && actual.Length > 0),
            "~=" => actual.Contains(check.Value, StringComparison.Ordinal),
            "!=" => values.All(v => v != actual && !actual.Split(',').Contains(v)),
            _ => throw new FormatException($"unknown operator {check.Op} in check of {check.Field}"),
        };
    }

    /// <summary>The value at a dotted path as text: "" for null or missing; a list's values sorted and comma-joined.</summary>
    private static string Field(JsonElement element, string path)
    {
        var values = new List<string>();
        Collect(element, path.Split('.'), 0, values);
        values.Sort(StringComparer.Ordinal);
        return string.Join(',', values);
    }

    private static void Collect(JsonElement element, string[] path, int at, List<string> values)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, path, at, values);
            }

            return;
        }

        if (at == path.Length)
        {
            if (element.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                values.Add(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
            }

            return;
        }

        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(path[at], out var child))
        {
            Collect(child, path, at + 1, values);
        }
    }

    private sealed record SpecEvent(string Name, string[] Triggers, List<Check> Checks);

    private sealed record Check(string Field, string Op, string Value);
}
