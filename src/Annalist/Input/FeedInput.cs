using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Annalist.Documents;

namespace Annalist.Input;

/// <summary>
/// An RSS (0.9x, 1.0, 2.0) or Atom feed file: one article per item or entry, read as a stream (a
/// large feed is never loaded whole). The text is the item's title as headline, then its content
/// (content:encoded, Atom content, else description or summary) with HTML reduced to paragraphs;
/// URL from link, publication date from pubDate, dc:date, published or updated, outlet from the
/// item's source element else the feed's title. DTDs are refused (no external entities).
/// </summary>
internal static class FeedInput
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<InputRecord> Read(string path, string idBase, InputOptions options)
    {
        var location = new SourceLocation(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [InputRecord.Failed(location, $"cannot read: {ex.Message}")];
        }

        return ReadStream(stream, path, idBase, options);
    }

    private static IEnumerable<InputRecord> ReadStream(Stream stream, string path, string idBase, InputOptions options)
    {
        using (stream)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, CloseInput = false };
            using var reader = XmlReader.Create(stream, settings);
            var info = (IXmlLineInfo)reader;
            string? feedTitle = null;
            var items = 0;
            var sawFeed = false;
            var positioned = false;
            while (true)
            {
                XElement? item = null;
                InputRecord? failure = null;
                var line = 0;
                try
                {
                    // ReadFrom and ReadElementContentAsString leave the reader on the next node already.
                    if (!(positioned ? !reader.EOF : reader.Read()))
                    {
                        break;
                    }

                    positioned = false;

                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (reader.Depth == 0)
                    {
                        sawFeed = reader.LocalName is "rss" or "feed" or "RDF";
                        if (!sawFeed)
                        {
                            failure = InputRecord.Failed(new SourceLocation(path, info.LineNumber), $"not an RSS or Atom feed (root element <{reader.LocalName}>)");
                        }
                    }
                    else if (reader.LocalName is "item" or "entry")
                    {
                        line = info.LineNumber;
                        item = (XElement)XNode.ReadFrom(reader);
                        positioned = true;
                    }
                    else if (reader.LocalName == "title" && feedTitle is null && items == 0 && reader.Depth <= 2)
                    {
                        feedTitle = InputText.CollapseWhitespace(reader.ReadElementContentAsString());
                        positioned = true;
                    }
                }
                catch (XmlException ex)
                {
                    failure = IsDtd(ex)
                        ? InputRecord.Failed(new SourceLocation(path, DoctypeLine(path)), "the feed declares a DTD (<!DOCTYPE ...>), which is refused for safety (no external entities); remove the DOCTYPE line; skipped")
                        : InputRecord.Failed(new SourceLocation(path, ex.LineNumber > 0 ? ex.LineNumber : Math.Max(info.LineNumber, 1)), $"malformed feed XML: {ex.Message}");
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (item is not null)
                {
                    items++;
                    yield return ParseItem(item, new SourceLocation(path, line), $"{idBase}:{items}", feedTitle, options);
                }
            }

            if (!sawFeed)
            {
                yield return InputRecord.Failed(new SourceLocation(path), "not an RSS or Atom feed (empty document)");
            }
        }
    }

    /// <summary>Whether the reader refused a DTD (DtdProcessing.Prohibit); .NET says so only in its message.</summary>
    private static bool IsDtd(XmlException ex) => ex.Message.Contains("DTD", StringComparison.Ordinal);

    /// <summary>The 1-based line of the DOCTYPE declaration in the first 64 KiB of the file (the XML reader reports none), else 1.</summary>
    private static int DoctypeLine(string path)
    {
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var line = 0;
            var read = 0;
            while (reader.ReadLine() is { } text && read < 64 * 1024)
            {
                line++;
                read += text.Length + 1;
                if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                {
                    return line;
                }
            }
        }
        catch (IOException)
        {
            // The file was read a moment ago; if it cannot be read again, line 1 still names it.
        }

        return 1;
    }

    private static InputRecord ParseItem(XElement item, SourceLocation location, string fallbackId, string? feedTitle, InputOptions options)
    {
        var title = InputText.CollapseWhitespace(Child(item, "title")?.Value);
        var body = HtmlToText(Child(item, "encoded", ContentNamespace)?.Value ?? Child(item, "content")?.Value ?? Child(item, "description")?.Value ?? Child(item, "summary")?.Value);
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
        {
            return InputRecord.Failed(location, "feed item has neither title nor text; skipped");
        }

        var text = string.IsNullOrEmpty(title) ? body : string.IsNullOrEmpty(body) || body.StartsWith(title, StringComparison.Ordinal) ? (body.Length > 0 ? body : title) : title + "\n\n" + body;
        if (Encoding.UTF8.GetByteCount(text) > options.MaxArticleBytes)
        {
            return InputRecord.Failed(location, $"feed item longer than the {options.MaxArticleBytes:N0}-byte limit per article; skipped");
        }

        var url = Link(item);
        var warnings = new List<InputProblem>();
        var date = options.DefaultDate;
        var dateText = Child(item, "pubDate")?.Value ?? Child(item, "date", DublinCoreNamespace)?.Value ?? Child(item, "published")?.Value ?? Child(item, "updated")?.Value;
        if (dateText is not null)
        {
            if (TryParseFeedDate(dateText, out var parsed))
            {
                date = parsed;
            }
            else
            {
                warnings.Add(new InputProblem(location, $"unreadable feed date \"{dateText.Trim()}\"; {(date is null ? "no publication date" : $"using {date:yyyy-MM-dd}")}", ProblemSeverity.Warning));
            }
        }

        var source = Child(item, "source") is { } sourceElement ? InputText.CollapseWhitespace(Child(sourceElement, "title")?.Value ?? sourceElement.Value) : null;
        var metadata = new DocumentMetadata
        {
            Id = InputText.CollapseWhitespace(Child(item, "guid")?.Value ?? Child(item, "id")?.Value) is { Length: > 0 } guid ? guid : url ?? fallbackId,
            Title = title.Length > 0 ? title : null,
            Url = url,
            Source = string.IsNullOrEmpty(source) ? feedTitle : source,
            PublicationDate = date,
            Origin = location,
        };
        return InputRecord.Read(new Document(text, metadata), warnings);
    }

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = link.Attribute("href")?.Value;
            var rel = link.Attribute("rel")?.Value;
            if (href is not null && (rel is null or "alternate"))
            {
                return href.Trim();
            }

            if (href is null && link.Value.Trim() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    private static XElement? Child(XElement parent, string localName, string? ns = null) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && (ns is null || e.Name.NamespaceName == ns));

    /// <summary>RFC 822 dates as feeds write them ("Fri, 22 Nov 2024 08:30:00 GMT", "+0900", "EST") and ISO 8601.</summary>
    internal static bool TryParseFeedDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (JsonLinesInput.TryParseDate(trimmed, out date))
        {
            return true;
        }

        var comma = trimmed.IndexOf(',');
        var withoutDay = comma >= 0 && comma <= 9 ? trimmed[(comma + 1)..].Trim() : trimmed;
        var parts = withoutDay.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, m => m.Length > 0 && parts[1].StartsWith(m, StringComparison.OrdinalIgnoreCase));
            year = year < 100 ? year + 2000 : year;
            if (month >= 0 && day is >= 1 and <= 31 && year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month + 1))
            {
                date = new DateOnly(year, month + 1, day);
                return true;
            }
        }

        return false;
    }

    private static string HtmlToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
        {
            return InputText.CollapseWhitespace(html);
        }

        using var page = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in page.QuerySelectorAll("script, style, iframe, img, figure").ToList())
        {
            element.Remove();
        }

        foreach (var br in page.QuerySelectorAll("br").ToList())
        {
            br.Replace(page.CreateTextNode("\n"));
        }

        var blocks = page.Body?.QuerySelectorAll("p, li, h1, h2, h3, h4, blockquote, div").Where(b => b.QuerySelector("p, li, div, blockquote") is null)
            .Select(b => InputText.CollapseWhitespace(b.TextContent)).Where(t => t.Length > 0).ToList() ?? [];
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : InputText.CollapseWhitespace(page.Body?.TextContent);
    }
}
