using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Annalist.Documents;

namespace Annalist.Input;

/// <summary>
/// An HTML page is one article. The main text is the block of paragraphs with the most prose (the
/// page's &lt;article&gt; when it has one), without navigation, scripts, asides, forms and footers;
/// title and publication date come from the page's metadata (Open Graph, article:published_time,
/// JSON-LD, &lt;time datetime&gt;) when present. Paragraphs are separated by blank lines.
/// </summary>
internal static class HtmlInput
{
    private static readonly string[] Boilerplate =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe",
        "svg", "canvas", "figure", "figcaption", "select", "input", "textarea", "menu", "dialog",
    ];

    private static readonly string[] BoilerplateHints =
    [
        "nav", "menu", "footer", "header", "sidebar", "share", "social", "comment", "related", "promo", "advert",
        "cookie", "newsletter", "subscribe", "breadcrumb", "byline", "caption", "banner", "popup", "modal",
    ];

    /// <summary>Deepest nesting of elements read; deeper is no news page, and the HTML parser's cost grows with the square of the depth.</summary>
    public const int MaxNesting = 4096;

    private static readonly HashSet<string> VoidOrOptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    public static InputRecord Parse(string html, SourceLocation origin, string id, InputOptions options)
    {
        if (Nesting(html) > MaxNesting)
        {
            return InputRecord.Failed(origin, $"HTML nested more than {MaxNesting:N0} elements deep; skipped (not an article page)");
        }

        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var title = Meta(page, "og:title") ?? page.Title?.Trim();
        var date = PublicationDate(page) ?? options.DefaultDate;
        var url = Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var source = Meta(page, "og:site_name");

        foreach (var element in page.QuerySelectorAll(string.Join(",", Boilerplate)).ToList())
        {
            element.Remove();
        }

        foreach (var element in page.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            if (LooksLikeBoilerplate(element))
            {
                element.Remove();
            }
        }

        var body = MainContainer(page);
        var paragraphs = body is null ? [] : Paragraphs(body);
        if (paragraphs.Count == 0)
        {
            return InputRecord.Failed(origin, "no article text found in the HTML page");
        }

        var text = new StringBuilder();
        var headline = InputText.CollapseWhitespace(page.QuerySelector("h1")?.TextContent) is { Length: > 0 } h1 ? h1 : title;
        if (!string.IsNullOrWhiteSpace(headline) && !paragraphs[0].StartsWith(headline, StringComparison.Ordinal))
        {
            text.Append(headline).Append("\n\n");
        }

        text.AppendJoin("\n\n", paragraphs);
        var metadata = new DocumentMetadata
        {
            Id = id,
            Title = headline ?? title,
            Url = url,
            Source = source,
            PublicationDate = date,
            Language = page.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : "en",
            Origin = origin,
        };
        return InputRecord.Read(new Annalist.Documents.Document(text.ToString(), metadata));
    }

    /// <summary>
    /// How deep the elements nest, by a linear scan of the tags (elements whose end tag may be left out and void
    /// elements do not count, nor do tags inside comments, scripts and styles); stops counting above <see cref="MaxNesting"/>.
    /// </summary>
    internal static int Nesting(string html)
    {
        int depth = 0, deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && deepest <= MaxNesting)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var nameEnd = start;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == start || tagEnd < 0)
            {
                i++;
                continue;
            }

            var name = html[start..nameEnd];
            i = tagEnd + 1;
            if (VoidOrOptionalEnd.Contains(name) || (!closing && html[tagEnd - 1] == '/'))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            deepest = Math.Max(deepest, ++depth);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }

        return deepest;
    }

    private static bool LooksLikeBoilerplate(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search")
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        return BoilerplateHints.Any(hint => names.Contains(hint, StringComparison.Ordinal)) && !names.Contains("article", StringComparison.Ordinal) && !names.Contains("content", StringComparison.Ordinal);
    }

    /// <summary>The &lt;article&gt; or &lt;main&gt; element, else the parent whose paragraphs hold the most text.</summary>
    private static IElement? MainContainer(IDocument page)
    {
        var articles = page.QuerySelectorAll("article").ToList();
        if (articles.Count > 0)
        {
            return articles.MaxBy(a => a.TextContent.Length);
        }

        if (page.QuerySelector("main") is { } main)
        {
            return main;
        }

        var scores = new Dictionary<IElement, int>();
        foreach (var p in page.QuerySelectorAll("p"))
        {
            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + InputText.CollapseWhitespace(p.TextContent).Length;
            }
        }

        return scores.Count > 0 ? scores.MaxBy(pair => pair.Value).Key : page.Body;
    }

    private static List<string> Paragraphs(IElement container)
    {
        var blocks = container.QuerySelectorAll("p, h2, h3, h4, li, blockquote, pre").Where(e => !HasBlockAncestorWithin(e, container)).ToList();
        if (blocks.Count == 0)
        {
            var whole = InputText.CollapseWhitespace(container.TextContent);
            return whole.Length > 0 ? [whole] : [];
        }

        return blocks.Select(block => InputText.CollapseWhitespace(block.TextContent)).Where(t => t.Length > 0).ToList();
    }

    private static bool HasBlockAncestorWithin(IElement element, IElement container)
    {
        for (var parent = element.ParentElement; parent is not null && parent != container; parent = parent.ParentElement)
        {
            if (parent.LocalName is "p" or "li" or "blockquote" or "pre")
            {
                return true;
            }
        }

        return false;
    }

    private static string? Meta(IDocument page, string name)
    {
        var element = page.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
        return element?.GetAttribute("content")?.Trim() is { Length: > 0 } content ? content : null;
    }

    private static DateOnly? PublicationDate(IDocument page)
    {
        string?[] candidates =
        [
            Meta(page, "article:published_time"), Meta(page, "datePublished"), Meta(page, "pubdate"), Meta(page, "publishdate"),
            Meta(page, "date"), Meta(page, "dc.date"), Meta(page, "DC.date.issued"), Meta(page, "sailthru.date"), JsonLdDate(page),
            page.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime"),
        ];
        foreach (var candidate in candidates)
        {
            if (candidate is not null && JsonLinesInput.TryParseDate(candidate, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static string? JsonLdDate(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindProperty(json.RootElement, "datePublished") is { } value)
                {
                    return value;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // A broken JSON-LD block (bad syntax, an unpaired surrogate escape) is common on the web; other metadata may still give the date.
            }
        }

        return null;
    }

    private static string? FindProperty(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }

                    if (FindProperty(property.Value, name) is { } nested)
                    {
                        return nested;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindProperty(item, name) is { } nested)
                    {
                        return nested;
                    }
                }

                break;
        }

        return null;
    }
}
