namespace Annalist.Formats.Conllu;

/// <summary>A CoNLL-U sentence as read: comments, words, multiword tokens, and the line it started on.</summary>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluWord> Words, IReadOnlyList<ConlluMultiwordToken> MultiwordTokens, int Line)
{
    /// <summary>The value of a "# key = value" comment, or null.</summary>
    public string? Comment(string key)
    {
        foreach (var comment in Comments)
        {
            var body = comment.AsSpan().TrimStart('#').Trim();
            if (body.StartsWith(key, StringComparison.Ordinal))
            {
                var rest = body[key.Length..].TrimStart();
                if (rest.StartsWith("="))
                {
                    return rest[1..].Trim().ToString();
                }

                if (rest.IsEmpty)
                {
                    return string.Empty;
                }
            }
        }

        return null;
    }
}
