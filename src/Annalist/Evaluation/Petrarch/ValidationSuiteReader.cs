using System.Globalization;
using System.Xml;

namespace Annalist.Evaluation.Petrarch;

/// <summary>
/// Streams the records of <c>PETR.UnitTest.records.xml</c>. <c>&lt;Config option value&gt;</c>
/// elements between records change the options of every later record (as in PETRARCH); the gold
/// Penn parses are ignored, since Annalist parses the text itself.
/// </summary>
public static class ValidationSuiteReader
{
    public static List<ValidationRecord> Read(string path)
    {
        var records = new List<ValidationRecord>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var reader = XmlReader.Create(path, new XmlReaderSettings { IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        var info = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Name == "Config" && reader.GetAttribute("option") is { Length: > 0 } option)
            {
                options[option] = reader.GetAttribute("value") ?? string.Empty;
            }
            else if (reader.Name == "Sentence")
            {
                var line = info.LineNumber;
                var id = reader.GetAttribute("id") ?? $"line-{line}";
                var category = reader.GetAttribute("category") ?? string.Empty;
                var date = DateOnly.ParseExact(reader.GetAttribute("date") ?? "20000101", "yyyyMMdd", CultureInfo.InvariantCulture);
                records.Add(ReadSentence(reader.ReadSubtree(), id, category, date, new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase), line));
            }
        }

        return records;
    }

    private static ValidationRecord ReadSentence(XmlReader sentence, string id, string category, DateOnly date, IReadOnlyDictionary<string, string> options, int line)
    {
        var expected = new List<ExpectedPetrarchEvent>();
        var noEvents = false;
        string? error = null;
        var text = string.Empty;
        using (sentence)
        {
            while (sentence.Read())
            {
                if (sentence.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (sentence.Name)
                {
                    case "EventCoding":
                        if (sentence.GetAttribute("noevents") is { } none && none.Equals("true", StringComparison.OrdinalIgnoreCase))
                        {
                            noEvents = true;
                        }
                        else if (sentence.GetAttribute("error") is { } problem)
                        {
                            error = problem;
                        }
                        else
                        {
                            expected.Add(new ExpectedPetrarchEvent(
                                sentence.GetAttribute("sourcecode") ?? string.Empty,
                                sentence.GetAttribute("targetcode") ?? string.Empty,
                                sentence.GetAttribute("eventcode") ?? string.Empty));
                        }

                        break;
                    case "Text":
                        text = string.Join(' ', sentence.ReadElementContentAsString().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
                        break;
                }
            }
        }

        return new ValidationRecord(id, category, date, text, expected, noEvents, error, options, line);
    }
}
