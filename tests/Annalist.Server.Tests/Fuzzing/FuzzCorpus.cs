using System.Text;
using CsCheck;

namespace Annalist.Server.Tests.Fuzzing;

/// <summary>One generated input file: its name (the extension picks the reader) and its bytes.</summary>
public sealed record FuzzFile(string Name, byte[] Bytes)
{
    public override string ToString() => $"{Name} ({Bytes.Length:N0} bytes): {Encoding.UTF8.GetString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 400)))}";
}

/// <summary>
/// Mutated news as a user's files: plain text, JSON Lines, HTML pages and RSS feeds, built from a few
/// news-like sentences (written here, none from a reference set) and broken on purpose: hostile
/// characters (NUL, unpaired surrogates, direction marks), escapes JSON allows but text does not,
/// dates at the calendar's edges, clause shapes that once sent the coder into recursion, missing
/// punctuation, very long tokens, deep markup, DTDs, truncation. Deterministic for a given PCG seed.
/// </summary>
public static class FuzzCorpus
{
    private static readonly string[] Sentences =
    [
        "Russia shelled Kyiv when attacking Ukraine, killing ten people in Kharkiv.",
        "Israeli troops killed three civilians in Gaza on Monday, the health ministry said.",
        "The president of France met Chancellor Scholz in Berlin and signed a treaty on Friday (22).",
        "North Korea fired two ballistic missiles into the sea yesterday, Seoul said.",
        "China accused the United States of interfering in its affairs, while Japan urged restraint.",
        "Rebels clashed with government forces near the capital while visiting delegates left the city.",
        "Protesters blocked a road in Nairobi to show their anger at the new tax, police said.",
        "Iran denied that it had supplied drones to Russia, calling the claim baseless.",
        "The UN Security Council will meet next week to discuss sanctions against Myanmar.",
        "Turkish jets struck Kurdish militants in northern Iraq two days ago, killing 12.",
        "Kim Jong Un visited Moscow last month, according to KCNA.",
        "If Russia attacks, NATO will respond, the secretary general warned.",
        "Saudi Arabia and Iran agreed to restore diplomatic ties after talks in Beijing.",
        "Police arrested 40 people during clashes in Dhaka on 5 June 2024.",
        "The army declared a state of siege in Haiti, suspending the constitution and arresting opponents.",
    ];

    private static readonly string[] Fragments =
    [
        "\0", "\ud800", "\udfff", "\uFEFF", "\u200B", "\u202E", "\u2028", "\r\n", "\t", "....", "((((((((", "))))", "\"", "'", "—", "🇰🇷",
        "e\u0301", "１２３", "0001-01-01", "9999-12-31", "yesterday", "next year", "tomorrow", "31/12/9999", "<b>", "&amp;", "]]>", "\\u0000",
        "when attacking", ", killing ten people in Kharkiv", "99999999999999999999", "on Friday (31)", "in 10000", " ", "\n\n", "U.S.", "Mr.",
    ];

    private static readonly string[] Dates = ["2024-11-22", "0001-01-01", "9999-12-31", "2024-02-29", "2024-13-45", "", "1999-12-31T23:59:59Z", "not a date"];

    private static readonly Gen<string> Article = Gen.Select(Gen.Int[0, Sentences.Length - 1].Array[1, 12], Gen.Bool, (picks, newlines) =>
        string.Join(newlines ? "\n" : " ", picks.Select(i => Sentences[i])));

    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        Gen.Select(Gen.Int[0, Fragments.Length - 1], Gen.Double[0, 1], (f, at) => (Func<string, string>)(s => s.Insert((int)(at * s.Length), Fragments[f]))),
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], (a, b) => (Func<string, string>)(s => s.Remove((int)(Math.Min(a, b) * s.Length), (int)(Math.Abs(a - b) * s.Length)))),
        Gen.Select(Gen.Int[2, 60], n => (Func<string, string>)(s => string.Concat(Enumerable.Repeat(s, Math.Max(1, n * 200 / Math.Max(s.Length, 1)))))),
        Gen.Const<Func<string, string>>(s => new string(s.Where(c => !char.IsPunctuation(c)).ToArray())),
        Gen.Select(Gen.Int[1, 6000], Gen.Double[0, 1], (n, at) => (Func<string, string>)(s => s.Insert((int)(at * s.Length), new string('x', n)))),
        Gen.Select(Gen.Int[0, 0xFFFF], Gen.Double[0, 1], (c, at) => (Func<string, string>)(s => s.Length == 0 ? s : s.Remove((int)(at * (s.Length - 1)), 1).Insert((int)(at * (s.Length - 1)), ((char)c).ToString()))),
        Gen.Select(Gen.Double[0, 1], at => (Func<string, string>)(s => s[..(int)(at * s.Length)])));

    private static readonly Gen<string> Mutated = Gen.Select(Article, Mutation.Array[0, 4], (text, mutations) => mutations.Aggregate(text, (s, m) => m(s)));

    private static readonly Gen<string> Date = Gen.Int[0, Dates.Length - 1].Select(i => Dates[i]);

    /// <summary>A file of any of the four kinds.</summary>
    public static Gen<FuzzFile> File { get; } = Gen.Frequency(
        (3, Gen.Select(Mutated, Gen.Int[0, 3], (text, damage) => new FuzzFile("article.txt", Damage(Encoding.UTF8.GetBytes(text), damage)))),
        (4, Gen.Select(Gen.Select(Mutated, Date, Mutated, Gen.Int[0, 9], JsonRecord).Array[1, 5], records => new FuzzFile("articles.jsonl", Encoding.UTF8.GetBytes(string.Join("\n", records) + "\n")))),
        (2, Gen.Select(Mutated, Date, Gen.Int[0, 3000], Gen.Bool, Html)),
        (1, Gen.Select(Mutated.Array[1, 4], Date, Gen.Bool, Feed)));

    /// <summary>The files of a run: <paramref name="count"/> of them from the seed, the same on every machine.</summary>
    public static IEnumerable<FuzzFile> Files(ulong seed, int count)
    {
        var pcg = new PCG(18, seed);
        for (var i = 0; i < count; i++)
        {
            yield return File.Generate(pcg, null, out _);
        }
    }

    /// <summary>A JSON Lines record; every non-ASCII character escaped, so lone surrogates and NUL arrive as escapes. Shape 0 is broken JSON.</summary>
    private static string JsonRecord(string text, string date, string title, int shape) => shape switch
    {
        0 => "{\"text\":\"" + Escape(text),
        1 => "[" + Escape(text) + "]",
        2 => "{\"id\":\"" + Escape(title[..Math.Min(title.Length, 20)]) + "\",\"text\":\"" + Escape(text) + "\"}",
        _ => "{\"text\":\"" + Escape(text) + "\",\"date\":\"" + Escape(date) + "\",\"title\":\"" + Escape(title[..Math.Min(title.Length, 80)]) + "\"}",
    };

    private static FuzzFile Html(string text, string date, int depth, bool jsonLd)
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><title>");
        page.Append(System.Net.WebUtility.HtmlEncode(text[..Math.Min(text.Length, 60)])).Append("</title>");
        page.Append(jsonLd ? $"<script type=\"application/ld+json\">{{\"@graph\":[{{\"datePublished\":\"{Escape(date)}\\ud800\"}}]}}</script>" : $"<meta property=\"article:published_time\" content=\"{date}\">");
        page.Append("</head><body><nav>Home | World</nav>").Append(string.Concat(Enumerable.Repeat("<div>", depth)));
        foreach (var paragraph in text.Split('\n'))
        {
            page.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        page.Append(string.Concat(Enumerable.Repeat("</div>", depth / 2))).Append("<footer>©</footer></body></html>");
        return new FuzzFile("page.html", Encoding.UTF8.GetBytes(page.ToString()));
    }

    private static FuzzFile Feed(string[] items, string date, bool dtd)
    {
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        if (dtd)
        {
            feed.Append("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n");
        }

        feed.Append("<rss version=\"2.0\"><channel><title>Wire</title>\n");
        foreach (var item in items)
        {
            var safe = new string(item.Where(System.Xml.XmlConvert.IsXmlChar).ToArray());
            feed.Append("<item><title>").Append(System.Security.SecurityElement.Escape(safe[..Math.Min(safe.Length, 50)]))
                .Append("</title><pubDate>").Append(date).Append("</pubDate><description><![CDATA[<p>")
                .Append(safe.Replace("]]>", "]] >", StringComparison.Ordinal)).Append("</p>]]></description></item>\n");
        }

        feed.Append("</channel></rss>\n");
        return new FuzzFile("feed.xml", Encoding.UTF8.GetBytes(feed.ToString()));
    }

    /// <summary>Damage 1 puts an invalid UTF-8 byte in, 2 a NUL byte, 3 a UTF-16 BOM; 0 leaves the bytes as they are.</summary>
    private static byte[] Damage(byte[] bytes, int damage) => damage switch
    {
        1 => [.. bytes.Take(bytes.Length / 2), 0xC3, 0x28, .. bytes.Skip(bytes.Length / 2)],
        2 => [.. bytes.Take(bytes.Length / 3), 0x00, .. bytes.Skip(bytes.Length / 3)],
        3 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))],
        _ => bytes,
    };

    private static string Escape(string text)
    {
        var json = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.ToString();
    }
}
