using System.Text;

namespace Annalist.Storage.Query;

/// <summary>
/// A full-text query in the one syntax both stores accept: words and "quoted phrases" must all occur,
/// <c>OR</c> between two of them accepts either, and a leading <c>-</c> excludes a word or phrase
/// (<c>missiles "North Korea" -Ukraine</c>). Each store translates it (SQLite FTS5 MATCH, PostgreSQL
/// tsquery); matching is per document, by stemmed words, case-insensitive.
/// </summary>
public sealed record TextQuery
{
    private TextQuery(string text, IReadOnlyList<IReadOnlyList<string>> required, IReadOnlyList<string> excluded)
    {
        Text = text;
        Required = required;
        Excluded = excluded;
    }

    public string Text { get; }

    /// <summary>Clauses that must all match; each clause is a list of alternative phrases.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Required { get; }

    public IReadOnlyList<string> Excluded { get; }

    /// <summary>Parses a query; throws <see cref="FormatException"/> with a message for the user when nothing is left to search for.</summary>
    public static TextQuery Parse(string text)
    {
        var required = new List<List<string>>();
        var excluded = new List<string>();
        var orPending = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negate = text[i] == '-';
            if (negate)
            {
                i++;
            }

            string phrase;
            var quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                var close = text.IndexOf('"', i + 1);
                phrase = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                phrase = text[start..i];
            }

            phrase = phrase.Trim();
            if (!quoted && !negate && phrase.Equals("OR", StringComparison.OrdinalIgnoreCase) && required.Count > 0)
            {
                orPending = true;
                continue;
            }

            if (!phrase.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (negate)
            {
                excluded.Add(phrase);
            }
            else if (orPending)
            {
                required[^1].Add(phrase);
            }
            else
            {
                required.Add([phrase]);
            }

            orPending = false;
        }

        if (required.Count == 0)
        {
            throw new FormatException($"the text query '{text}' has no word to search for (words, \"phrases\", OR, -excluded)");
        }

        return new TextQuery(text, required, excluded);
    }

    /// <summary>The query in SQLite FTS5 syntax, every phrase quoted so punctuation is never an operator.</summary>
    public string ToFts5()
    {
        var builder = new StringBuilder();
        foreach (var clause in Required)
        {
            if (builder.Length > 0)
            {
                builder.Append(" AND ");
            }

            builder.Append('(').AppendJoin(" OR ", clause.Select(Quote)).Append(')');
        }

        foreach (var phrase in Excluded)
        {
            builder.Append(" NOT ").Append(Quote(phrase));
        }

        return builder.ToString();
    }

    public override string ToString() => Text;

    private static string Quote(string phrase) => "\"" + phrase.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
