namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// Strips the comments PETRARCH dictionaries allow: <c># ...</c>, legacy <c>; ...</c>, lines starting with
/// <c>&lt;</c>, and <c>&lt;!-- ... --&gt;</c> (also across lines). One instance per file: it remembers an open
/// multi-line comment.
/// </summary>
internal sealed class PetrarchComments
{
    private bool inXmlComment;

    /// <summary>The content of the line without comments (maybe empty) and the text of its # comment, if any.</summary>
    public string Strip(string line, out string? comment)
    {
        comment = null;
        if (inXmlComment)
        {
            var close = line.IndexOf("-->", StringComparison.Ordinal);
            if (close < 0)
            {
                return string.Empty;
            }

            inXmlComment = false;
            line = line[(close + 3)..];
        }

        while (line.IndexOf("<!", StringComparison.Ordinal) is var open and >= 0)
        {
            var close = line.IndexOf("-->", open, StringComparison.Ordinal);
            if (close < 0)
            {
                inXmlComment = line.Contains("<!--", StringComparison.Ordinal) || line.Contains("<! --", StringComparison.Ordinal);
                line = line[..open];
                break;
            }

            line = line[..open] + line[(close + 3)..];
        }

        if (line.TrimStart().StartsWith('<'))
        {
            return string.Empty;
        }

        var hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            comment = line[(hash + 1)..].Trim();
            line = line[..hash];
        }

        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            comment ??= line[(semicolon + 1)..].Trim();
            line = line[..semicolon];
        }

        return line.TrimEnd();
    }
}
