using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Typing;

/// <summary>
/// What a label of the event-typing model becomes in a record (types.tsv beside the model): the PLOVER
/// event type and the root CAMEO code that carries its Goldstein value and QuadClass. YIELD, which the
/// training data uses for PLOVER's CONCEDE and RETREAT, becomes CONCEDE (080) unless a rule already chose one of them.
/// </summary>
public sealed class EventTypeTable
{
    private readonly Dictionary<string, (string EventType, CameoCode Cameo)> rows;
    private readonly Dictionary<string, string> labelOfType;

    private EventTypeTable(Dictionary<string, (string EventType, CameoCode Cameo)> rows, Dictionary<string, string> labelOfType)
    {
        this.rows = rows;
        this.labelOfType = labelOfType;
    }

    /// <summary>Reads label, event type, CAMEO code and an optional note per line; '#' starts a comment.</summary>
    public static EventTypeTable Load(string path)
    {
        var rows = new Dictionary<string, (string, CameoCode)>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("label\t", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[2].Length is < 2 or > 4 || !fields[2].All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"{path}:{number}: expected label, PLOVER event type and CAMEO code separated by tabs");
            }

            rows[fields[0]] = (fields[1], CameoCode.Parse(fields[2]));
            labels.TryAdd(fields[1], fields[0]);
            foreach (var alias in fields.Length > 3 ? fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                labels.TryAdd(alias, fields[0]);
            }
        }

        return new EventTypeTable(rows, labels);
    }

    /// <summary>The PLOVER type and CAMEO code a label stands for; null for NONE or an unknown label.</summary>
    public (string EventType, CameoCode Cameo)? Of(string label) => rows.TryGetValue(label, out var row) ? row : null;

    /// <summary>The model's label for a PLOVER event type (CONCEDE and RETREAT are YIELD); null when the model has none.</summary>
    public string? LabelOf(string eventType) => labelOfType.GetValueOrDefault(eventType);
}
