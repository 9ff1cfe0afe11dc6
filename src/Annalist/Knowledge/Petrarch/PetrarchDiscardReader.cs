namespace Annalist.Knowledge.Petrarch;

/// <summary>Reads a PETRARCH2 discard list: one phrase a line, <c>+</c> for story-level discards, <c>#</c> comments.</summary>
public static class PetrarchDiscardReader
{
    public static List<PetrarchDiscardRecord> Read(string path, SourceFileReport report) => Read(SourceText.Lines(path), report);

    public static List<PetrarchDiscardRecord> Read(IEnumerable<(int Number, string Text)> lines, SourceFileReport report)
    {
        var comments = new PetrarchComments();
        var records = new List<PetrarchDiscardRecord>();
        foreach (var (number, raw) in lines)
        {
            var line = comments.Strip(raw, out _).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var story = line[0] == '+';
            var phrase = story ? line[1..].Trim() : line;
            var wordEnd = phrase.EndsWith('_');
            phrase = PetrarchPhrase.ToText(phrase);
            if (phrase.Length == 0)
            {
                report.Skip(number, "an empty discard phrase", raw);
                continue;
            }

            records.Add(new PetrarchDiscardRecord(phrase, story, wordEnd, number));
            report.Loaded++;
        }

        return records;
    }
}
