using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Rules;

/// <summary>Parses the rows of constructions.tsv (see <see cref="ConstructionRule"/>); problems name file and line.</summary>
internal static class ConstructionRuleParser
{
    /// <summary>The slots each shape reads: (key, a word class or plain words).</summary>
    private static readonly IReadOnlyDictionary<ConstructionShape, (string Key, bool Class)[]> ShapeSlots = new Dictionary<ConstructionShape, (string, bool)[]>
    {
        [ConstructionShape.ForcesForAPurpose] = [("means", true), ("purpose", true), ("links", false), ("markers", false)],
        [ConstructionShape.Handover] = [("things", true), ("general", true), ("modifiers", true), ("to", false), ("unless-read", false)],
        [ConstructionShape.CondemningStatement] = [("words", true), ("except", true)],
    };

    public static ConstructionRule Parse(RuleRow row, string[] cells, IReadOnlyDictionary<string, WordClass> classes, IReadOnlyDictionary<string, IReadOnlyList<string>> preferences)
    {
        var order = int.TryParse(cells[0], out var o) ? o : throw RulePackReader.Problem(row, $"order '{cells[0]}' is not a number");
        var shape = cells[2] switch
        {
            "forces-for-a-purpose" => ConstructionShape.ForcesForAPurpose,
            "handover" => ConstructionShape.Handover,
            "condemning-statement" => ConstructionShape.CondemningStatement,
            _ => throw RulePackReader.Problem(row, $"shape '{cells[2]}' is none of forces-for-a-purpose, handover, condemning-statement"),
        };
        var conditions = TargetRuleParser.Conditions(row, cells[3], classes, preferences);
        if (conditions.SelectMany(c => c.Alternatives).Any(t => t is not (PatternTest.Active or PatternTest.LemmaIn or PatternTest.LemmaIs or PatternTest.Not { Test: PatternTest.Active or PatternTest.LemmaIn or PatternTest.LemmaIs })))
        {
            throw RulePackReader.Problem(row, "a construction's conditions are on its anchor only: active, lemma=&CLASS, lemma=WORD, !TEST");
        }

        var expected = ShapeSlots[shape];
        var slotClasses = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var slotLists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var slot in cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = slot.IndexOf('=');
            var key = eq > 0 ? slot[..eq] : throw RulePackReader.Problem(row, $"slot '{slot}' is not KEY=VALUE");
            var value = slot[(eq + 1)..];
            var spec = expected.FirstOrDefault(e => e.Key == key);
            if (spec.Key is null)
            {
                throw RulePackReader.Problem(row, $"shape {cells[2]} has no slot '{key}' (it has {string.Join(", ", expected.Select(e => e.Key))})");
            }

            if (slotClasses.ContainsKey(key) || slotLists.ContainsKey(key))
            {
                throw RulePackReader.Problem(row, $"slot '{key}' is given twice");
            }

            var words = value.Split('|');
            if (spec.Class)
            {
                if (!words[0].StartsWith('&'))
                {
                    throw RulePackReader.Problem(row, $"slot '{key}' names a word class: {key}=&CLASS");
                }

                slotClasses[key] = TargetRuleParser.Class(row, words[0][1..], classes);
            }

            var plain = (spec.Class ? words[1..] : words).Select(w => w.Replace('-', ' ')).ToList();
            if (plain.Any(w => w.Length == 0 || w.StartsWith('&')))
            {
                throw RulePackReader.Problem(row, $"slot '{key}' has an empty word or a second class");
            }

            slotLists[key] = plain;
        }

        foreach (var (key, _) in expected.Where(e => !slotClasses.ContainsKey(e.Key) && !slotLists.ContainsKey(e.Key)))
        {
            throw RulePackReader.Problem(row, $"shape {cells[2]} needs the slot '{key}'");
        }

        var code = cells[5].Length is >= 2 and <= 4 && cells[5].All(char.IsAsciiDigit) ? CameoCode.Parse(cells[5]) : throw RulePackReader.Problem(row, $"'{cells[5]}' is not a CAMEO code");
        return new ConstructionRule(order, cells[1], shape, conditions, new ConstructionSlots(slotClasses, slotLists), code, cells[6], cells[7], cells[8], row);
    }
}
