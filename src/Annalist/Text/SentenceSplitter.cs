using Annalist.Documents;

namespace Annalist.Text;

/// <summary>
/// Rule-based English sentence splitter over tokens. A sentence ends at '.', '!', '?' or an
/// ellipsis (with closing quotes and brackets that follow without a space) when the next token can
/// start a sentence; at an abbreviation that may end a sentence ("U.S.", "Inc.") only when the next
/// word is a typical sentence opener; always at a blank line; at a single line break when the text
/// is not hard-wrapped and the next line starts like a sentence (headlines, datelines, lists); and
/// after a news dateline ("SEOUL, Oct 26 (Reuters) —"). Sentences longer than
/// <see cref="MaxTokens"/> are cut at the last comma or conjunction before the limit.
/// </summary>
public sealed class SentenceSplitter
{
    public const int MaxTokens = 200;

    public static SentenceSplitter Default { get; } = new();

    /// <summary>
    /// Appends to <paramref name="sentenceEnds"/> the exclusive end token index of every sentence.
    /// Returns the number of sentences that had to be cut because they exceeded <see cref="MaxTokens"/>.
    /// </summary>
    public int Split(ReadOnlySpan<char> text, IReadOnlyList<TextRange> tokens, List<int> sentenceEnds)
    {
        var count = tokens.Count;
        if (count == 0)
        {
            return 0;
        }

        var wrapped = IsHardWrapped(text);
        var start = 0;
        var cuts = 0;
        var atParagraphStart = true;
        for (var i = 0; i < count; i++)
        {
            var end = -1;
            if (atParagraphStart && i == start)
            {
                var dateline = DatelineEnd(text, tokens, i);
                if (dateline > i)
                {
                    i = dateline - 1;
                    end = dateline;
                }

                atParagraphStart = false;
            }

            if (end < 0)
            {
                end = SentenceEndAt(text, tokens, i, wrapped);
            }

            if (end < 0 && i - start + 1 >= MaxTokens)
            {
                end = CutPoint(text, tokens, start, i + 1);
                cuts++;
            }

            if (end < 0)
            {
                continue;
            }

            sentenceEnds.Add(end);
            // A dateline opens a line: after a blank line, or after a headline on the line above.
            if (end < count && BreakLines(text, tokens[end - 1].End, tokens[end].Start) >= 1)
            {
                atParagraphStart = true;
            }

            start = end;
            i = end - 1;
        }

        if (start < count)
        {
            sentenceEnds.Add(count);
        }

        return cuts;
    }

    /// <summary>The exclusive end of a sentence that ends at token <paramref name="i"/> (after closers), or -1.</summary>
    private static int SentenceEndAt(ReadOnlySpan<char> text, IReadOnlyList<TextRange> tokens, int i, bool wrapped)
    {
        var count = tokens.Count;
        var token = Slice(text, tokens[i]);
        var kind = EndKind(token);

        // Closing quotes and brackets that follow without a space belong to this sentence.
        var last = i;
        var quoted = false;
        if (kind != EndStrength.None)
        {
            while (last + 1 < count && tokens[last + 1].Start == tokens[last].End && IsCloser(Slice(text, tokens[last + 1])))
            {
                last++;
                quoted = true;
            }
        }

        if (last + 1 >= count)
        {
            return kind == EndStrength.None ? -1 : count;
        }

        var gapLines = BreakLines(text, tokens[last].End, tokens[last + 1].Start);
        if (gapLines >= 2)
        {
            return last + 1;
        }

        var next = Slice(text, tokens[last + 1]);
        switch (kind)
        {
            case EndStrength.Strong:
                // A lower-case word after a full stop still starts a sentence in informal text ("... ok. see you"),
                // but not after a quotation ("Why?" he asked) or a trailing ellipsis ("and so... we left").
                if (StartsLikeSentence(next) || (gapLines == 1 && !char.IsLower(next[0]))
                    || (char.IsLower(next[0]) && !quoted && !IsEllipsis(token) && !(i > 0 && LooksLikeUnknownAbbreviation(Slice(text, tokens[i - 1])))))
                {
                    return last + 1;
                }

                break;
            case EndStrength.Abbreviation:
                if (gapLines == 1 || IsOpener(next) || (char.IsUpper(next[0]) && EnglishAbbreviations.IsSentenceStarter(next) && !EnglishAbbreviations.ContinuesInitials(token, next)))
                {
                    return last + 1;
                }

                break;
        }

        if (gapLines == 1 && !wrapped && kind == EndStrength.None && LineBreakEndsSentence(token, next))
        {
            return i + 1;
        }

        return -1;
    }

    private enum EndStrength
    {
        None,
        Strong,
        Abbreviation,
    }

    private static EndStrength EndKind(ReadOnlySpan<char> token)
    {
        var allFinal = true;
        foreach (var c in token)
        {
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                allFinal = false;
                break;
            }
        }

        if (allFinal)
        {
            return EndStrength.Strong;
        }

        if (token.Length > 1 && token[^1] == '.' && EnglishAbbreviations.MayEndSentence(token[..^1]))
        {
            return EndStrength.Abbreviation;
        }

        return EndStrength.None;
    }

    /// <summary>A short capitalised word right before a full stop ("Div", "Bde") may be an abbreviation we do not list.</summary>
    private static bool LooksLikeUnknownAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 4 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEllipsis(ReadOnlySpan<char> token) => token is "\u2026" || (token.Length >= 2 && token[0] == '.' && token[1] == '.');

    private static bool StartsLikeSentence(ReadOnlySpan<char> next)
    {
        var c = next[0];
        return char.IsUpper(c) || char.IsDigit(c) || IsOpener(next) || c is '-' or '\u2013' or '\u2014' or '*' or '\u2022' or '$' or '#' || !char.IsLetter(c) && !char.IsPunctuation(c);
    }

    private static bool IsOpener(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is '"' or '\'' or '(' or '[' or '`';

    private static bool IsCloser(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is not ('"' or '\'' or ')' or ']' or '}' or '`'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A single line break ends a sentence when the line before cannot continue and the next starts like a sentence.</summary>
    private static bool LineBreakEndsSentence(ReadOnlySpan<char> lastOfLine, ReadOnlySpan<char> firstOfNext)
    {
        if (lastOfLine.Length == 1 && lastOfLine[0] is ',' or ';' or ':' or '-' or '(' or '&' or '/')
        {
            return false;
        }

        return StartsLikeSentence(firstOfNext);
    }

    /// <summary>How many line breaks the whitespace between two tokens holds.</summary>
    private static int BreakLines(ReadOnlySpan<char> text, int from, int to)
    {
        var lines = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n')
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>
    /// Hard-wrapped text (most lines of similar length ending mid-sentence) uses single line breaks as
    /// spaces; only blank lines and punctuation end its sentences.
    /// </summary>
    private static bool IsHardWrapped(ReadOnlySpan<char> text)
    {
        var lines = 0;
        var wrappedLines = 0;
        var lineStart = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && text[k] != '\n')
            {
                continue;
            }

            var line = text[lineStart..k].TrimEnd();
            var nextIsText = k + 1 < text.Length && text[k + 1] != '\n' && !Tokenizer.IsSpace(text[k + 1]);
            if (line.Length > 0 && nextIsText)
            {
                lines++;
                if (line.Length is >= 40 and <= 100 && line[^1] is not ('.' or '!' or '?' or '"' or ':'))
                {
                    wrappedLines++;
                }
            }

            lineStart = k + 1;
        }

        return lines >= 4 && wrappedLines * 10 >= lines * 6;
    }

    /// <summary>
    /// The end of a news dateline at the start of a paragraph — an upper-case place, optionally a date
    /// and an agency in brackets, then a dash: "SEOUL, Oct 26 (Reuters) —"; or a place and a colon ("KABUL:"), or the
    /// agency's closing bracket with no dash ("CAIRO (AP) Police said ..."). A place written in mixed case needs the date
    /// ("Geneva, May 3, AFP -"): without it the words before a dash may be the sentence's own ("Kenya, Uganda -").
    /// Returns -1 when there is none.
    /// </summary>
    private static int DatelineEnd(ReadOnlySpan<char> text, IReadOnlyList<TextRange> tokens, int first)
    {
        var head = Slice(text, tokens[first]);
        var upper = IsAllUpper(head);
        if (head.Length < 2 || !(upper || char.IsUpper(head[0])))
        {
            return -1;
        }

        var limit = Math.Min(tokens.Count - 1, first + 16);
        var inBrackets = false;
        var dated = false;
        for (var k = first + 1; k <= limit; k++)
        {
            var t = Slice(text, tokens[k]);
            if (!inBrackets && t is "-" or "--" or "\u2013" or "\u2014" or "\u2015" && k + 1 < tokens.Count)
            {
                // "Geneva, May 3, AFP -": a place written in mixed case opens a dateline only with the date after it.
                return upper || dated ? k + 1 : -1;
            }

            dated |= k + 1 < tokens.Count && CalendarWords.TryMonth(t, out _) && Slice(text, tokens[k - 1]) is "," && char.IsDigit(Slice(text, tokens[k + 1])[0]);

            // "KABUL:", "GAZA CITY:": a colon ends a place of four letters or more ("US: Iran must stop" is a speaker).
            if (!inBrackets && upper && t is ":" && k + 1 < tokens.Count && (k > first + 1 || Letters(head) >= 4))
            {
                return k + 1;
            }

            // The agency in brackets closes a dateline: "CAIRO (AP) Acting on ...", with the dash lost or mangled into a quote.
            if (inBrackets && (upper || dated) && t is ")" && k + 1 < tokens.Count)
            {
                var next = Slice(text, tokens[k + 1]);
                if (next is "\"" or "\u201c" or "\u201d" or ":" && k + 2 < tokens.Count)
                {
                    return k + 2;
                }

                if (char.IsUpper(next[0]))
                {
                    return k + 1;
                }
            }

            // The agency in brackets is any name, lower-case ones too ("(dpa)", "(Yonhap news agency)").
            inBrackets = t is "(" || (inBrackets && t is not ")");
            var ok = inBrackets || t is "," or ")" or "/" || char.IsUpper(t[0]) || char.IsDigit(t[0]) || (t.Length > 1 && t[^1] == '.' && char.IsUpper(t[0]));
            if (!ok || BreakLines(text, tokens[k - 1].End, tokens[k].Start) > 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Letters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Where to cut an over-long sentence [start, limit): after the last comma, semicolon or colon past its middle, else at the limit.</summary>
    private static int CutPoint(ReadOnlySpan<char> text, IReadOnlyList<TextRange> tokens, int start, int limit)
    {
        for (var k = limit - 1; k > start + ((limit - start) / 2); k--)
        {
            var t = Slice(text, tokens[k]);
            if (t is "," or ";" or ":" or "-" or "\u2014")
            {
                return k + 1;
            }
        }

        return limit;
    }

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, TextRange range) => text[range.Start..range.End];
}
