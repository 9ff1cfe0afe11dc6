using Annalist.Documents;

namespace Annalist.Text;

/// <summary>
/// Rule-based English tokenizer following the Universal Dependencies English conventions, tuned for
/// news: abbreviations keep their period (U.S., Gen., Sept.), numbers keep separators (10,000; 1.5;
/// 9/11; 11:30), currency symbols and units split ($ 1.5 bn), clitics split (do n't, Korea 's),
/// hyphenated words split at the hyphen except after prefixes UD keeps ("anti-aircraft",
/// "e-mail"), URLs and e-mail addresses stay whole. Works on normalised text
/// (<see cref="TextNormalizer"/>), allocates nothing but the output list, and is thread-safe.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxTrailing = 32;

    public static Tokenizer Default { get; } = new();

    /// <summary>Appends the tokens of <paramref name="text"/> (normalised) to <paramref name="tokens"/>, offsets relative to <paramref name="baseOffset"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<TextRange> tokens, int baseOffset = 0)
    {
        var i = 0;
        var n = text.Length;
        Span<int> trailing = stackalloc int[MaxTrailing * 2];
        while (i < n)
        {
            while (i < n && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            var start = i;
            while (i < n && !IsSpace(text[i]))
            {
                i++;
            }

            SplitChunk(text, start, i, tokens, baseOffset, trailing);
        }
    }

    internal static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\n' or '\t' or '\r' or '\f' or '\v' : c > '\x7F' && char.IsWhiteSpace(c);

    private static void SplitChunk(ReadOnlySpan<char> text, int s, int e, List<TextRange> tokens, int baseOffset, Span<int> trailing)
    {
        // Zero-width characters at the edges belong to no token.
        while (s < e && text[s] == TextNormalizer.ZeroWidth)
        {
            s++;
        }

        while (e > s && text[e - 1] == TextNormalizer.ZeroWidth)
        {
            e--;
        }

        if (s >= e)
        {
            return;
        }

        if (IsEmoticon(text[s..e]) || IsSymbolRun(text[s..e]))
        {
            tokens.Add(new TextRange(baseOffset + s, baseOffset + e));
            return;
        }

        if (IsUrlOrEmail(text[s..e]))
        {
            // Keep the address whole but leave sentence punctuation and brackets outside it.
            var addressEnd = e;
            while (addressEnd > s + 1 && text[addressEnd - 1] is '.' or ',' or ')' or ']' or '"' or '\'' or ';' or ':' or '!' or '?' or '>')
            {
                addressEnd--;
            }

            while (s < e - 1 && text[s] is '(' or '[' or '"' or '\'' or '<')
            {
                tokens.Add(new TextRange(baseOffset + s, baseOffset + s + 1));
                s++;
            }

            tokens.Add(new TextRange(baseOffset + s, baseOffset + addressEnd));
            for (var k = addressEnd; k < e; k++)
            {
                tokens.Add(new TextRange(baseOffset + k, baseOffset + k + 1));
            }

            return;
        }

        s = StripLeading(text, s, e, tokens, baseOffset);
        var trailingCount = 0;
        var nextChunkIsNumber = NextChunkStartsWithDigit(text, e);
        e = StripTrailing(text, s, e, nextChunkIsNumber, trailing, ref trailingCount);
        if (e > s)
        {
            SplitCore(text, s, e, tokens, baseOffset);
        }

        for (var t = trailingCount - 1; t >= 0; t--)
        {
            tokens.Add(new TextRange(baseOffset + trailing[2 * t], baseOffset + trailing[(2 * t) + 1]));
        }
    }

    private static int StripLeading(ReadOnlySpan<char> text, int s, int e, List<TextRange> tokens, int baseOffset)
    {
        while (s < e - 1)
        {
            var c = text[s];
            if (c is '(' or '[' or '{' or '"' or '`' or '\u00BF' or '\u00A1' or '<' or '*' or '#' && !(c == '#' && char.IsLetterOrDigit(text[s + 1])))
            {
                var j = s + 1;
                if (c is '`' or '*')
                {
                    while (j < e - 1 && text[j] == c)
                    {
                        j++;
                    }
                }

                tokens.Add(new TextRange(baseOffset + s, baseOffset + j));
                s = j;
            }
            else if (c == '\'')
            {
                if (IsApostropheWord(text[s..e]))
                {
                    break;
                }

                tokens.Add(new TextRange(baseOffset + s, baseOffset + s + 1));
                s++;
            }
            else if (c is '-' or '\u2013' or '\u2014' or '\u2015' or '~')
            {
                var j = s + 1;
                while (j < e && text[j] == c)
                {
                    j++;
                }

                if (j == e || (c == '-' && j == s + 1 && (char.IsDigit(text[j]) || text[j] == '.')))
                {
                    break;
                }

                tokens.Add(new TextRange(baseOffset + s, baseOffset + j));
                s = j;
            }
            else
            {
                break;
            }
        }

        return s;
    }

    private static bool NextChunkStartsWithDigit(ReadOnlySpan<char> text, int e)
    {
        var k = e;
        while (k < text.Length && IsSpace(text[k]))
        {
            k++;
        }

        return k < text.Length && k > e && char.IsDigit(text[k]);
    }

    private static int StripTrailing(ReadOnlySpan<char> text, int s, int e, bool nextChunkIsNumber, Span<int> trailing, ref int count)
    {
        while (e > s + 1 && count < MaxTrailing)
        {
            var c = text[e - 1];
            int j;
            switch (c)
            {
                case ')' or ']' or '}' or '"' or ',' or ';' or '>' or '\u2026' or '*' or '`':
                    j = e - 1;
                    if (c is '`' or '*')
                    {
                        while (j > s + 1 && text[j - 1] == c)
                        {
                            j--;
                        }
                    }

                    break;
                case ':':
                    j = e - 1;
                    break;
                case '!' or '?':
                    j = e - 1;
                    while (j > s + 1 && text[j - 1] is '!' or '?')
                    {
                        j--;
                    }

                    break;
                case '.':
                    j = e - 1;
                    while (j > s && text[j - 1] == '.')
                    {
                        j--;
                    }

                    if (e - j >= 2)
                    {
                        if (j == s)
                        {
                            return e; // the chunk is only dots: an ellipsis token
                        }

                        break;
                    }

                    if (KeepsPeriod(text[s..(e - 1)], nextChunkIsNumber))
                    {
                        return e;
                    }

                    break;
                case '\'':
                    if (IsApostropheWord(text[s..e]) && !(e - s >= 2 && text[e - 2] is 's' or 'S'))
                    {
                        return e;
                    }

                    j = e - 1;
                    break;
                case '-' or '\u2013' or '\u2014' or '\u2015':
                    j = e - 1;
                    while (j > s && text[j - 1] == c)
                    {
                        j--;
                    }

                    if (j == s)
                    {
                        return e;
                    }

                    break;
                default:
                    return e;
            }

            trailing[2 * count] = j;
            trailing[(2 * count) + 1] = e;
            count++;
            e = j;
        }

        return e;
    }

    /// <summary>Whether "<paramref name="word"/>." keeps its period: abbreviations, initials, dotted acronyms.</summary>
    private static bool KeepsPeriod(ReadOnlySpan<char> word, bool beforeNumber)
    {
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            return beforeNumber; // "No. 2" but "said no."
        }

        // Only the last piece after a hyphen or slash decides: "U.S.-backed" never reaches here, "ex-Gen." does.
        var cut = word.LastIndexOfAny('-', '/');
        if (cut >= 0 && cut < word.Length - 1)
        {
            word = word[(cut + 1)..];
        }

        return EnglishAbbreviations.IsAbbreviation(word);
    }

    /// <summary>"'s", "'re", "'90s", "'em": a leading apostrophe that is part of the word.</summary>
    private static bool IsApostropheWord(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 2 || chunk[0] != '\'')
        {
            return false;
        }

        var rest = chunk[1..];
        var letters = 0;
        while (letters < rest.Length && char.IsLetterOrDigit(rest[letters]))
        {
            letters++;
        }

        var word = rest[..letters];
        if (word.IsEmpty)
        {
            return false;
        }

        if (char.IsDigit(word[0]))
        {
            return true; // '90s, '24
        }

        return word.Equals("s", StringComparison.OrdinalIgnoreCase) || word.Equals("re", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ve", StringComparison.OrdinalIgnoreCase) || word.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || word.Equals("d", StringComparison.OrdinalIgnoreCase) || word.Equals("m", StringComparison.OrdinalIgnoreCase)
            || word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("tis", StringComparison.OrdinalIgnoreCase)
            || word.Equals("n", StringComparison.OrdinalIgnoreCase) || word.Equals("cause", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUrlOrEmail(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 5)
        {
            return false;
        }

        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = chunk.IndexOf('@');
        if (at > 0 && at < chunk.Length - 3)
        {
            var domain = chunk[(at + 1)..];
            var dot = domain.IndexOf('.');
            return dot > 0 && dot < domain.Length - 1 && char.IsLetterOrDigit(chunk[at - 1]);
        }

        return false;
    }

    /// <summary>Splits the chunk's core (edges stripped) at internal punctuation, hyphens, units and clitics.</summary>
    private static void SplitCore(ReadOnlySpan<char> text, int s, int e, List<TextRange> tokens, int baseOffset)
    {
        var pieceStart = s;
        for (var p = s; p < e; p++)
        {
            var c = text[p];
            if (c == '.' && p + 1 < e && text[p + 1] == '.')
            {
                // An ellipsis inside a chunk ("that...then") is a token of its own.
                var dots = p + 2;
                while (dots < e && text[dots] == '.')
                {
                    dots++;
                }

                EmitPiece(text, pieceStart, p, tokens, baseOffset);
                tokens.Add(new TextRange(baseOffset + p, baseOffset + dots));
                pieceStart = dots;
                p = dots - 1;
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '.' or '\'' or '&' or '_' or '@' or TextNormalizer.ZeroWidth)
            {
                continue;
            }

            var prevAlnum = p > s && char.IsLetterOrDigit(text[p - 1]);
            var nextAlnum = p + 1 < e && char.IsLetterOrDigit(text[p + 1]);
            var prevDigit = p > s && char.IsDigit(text[p - 1]);
            var nextDigit = p + 1 < e && char.IsDigit(text[p + 1]);
            switch (c)
            {
                case '-':
                    if (prevAlnum && nextAlnum)
                    {
                        if ((prevDigit && nextDigit) || EnglishAbbreviations.IsHyphenPrefix(text[pieceStart..p]))
                        {
                            continue;
                        }
                    }

                    var dashEnd = p + 1;
                    while (dashEnd < e && text[dashEnd] == '-')
                    {
                        dashEnd++;
                    }

                    EmitPiece(text, pieceStart, p, tokens, baseOffset);
                    tokens.Add(new TextRange(baseOffset + p, baseOffset + dashEnd));
                    pieceStart = dashEnd;
                    p = dashEnd - 1;
                    continue;
                case ',' or ':' or '/' when prevDigit && nextDigit:
                    continue;
                case '/' when p - pieceStart == 1 && (p + 2 == e || (p + 2 < e && !char.IsLetterOrDigit(text[p + 2]))) && prevAlnum && (nextAlnum || p + 1 == e):
                    continue; // "b/c", "w/o", "w/"
                case '/' when p - pieceStart == 1 && p + 1 == e:
                    continue;
                case '$' or '\u20AC' or '\u00A3' or '\u00A5' or '\u20A9' or '\u20BD' or '\u20B9' when nextDigit:
                    // "$1.5bn" -> "$" "1.5" "bn"; "US$10" -> "US$" "10".
                    EmitPiece(text, pieceStart, p + 1, tokens, baseOffset);
                    pieceStart = p + 1;
                    continue;
                case '+' when p == s || nextDigit:
                    continue;
                default:
                    EmitPiece(text, pieceStart, p, tokens, baseOffset);
                    tokens.Add(new TextRange(baseOffset + p, baseOffset + p + 1));
                    pieceStart = p + 1;
                    continue;
            }
        }

        EmitPiece(text, pieceStart, e, tokens, baseOffset);
    }

    /// <summary>Emits one alphanumeric piece, splitting numbers from units and words from clitics.</summary>
    private static void EmitPiece(ReadOnlySpan<char> text, int s, int e, List<TextRange> tokens, int baseOffset)
    {
        while (s < e && text[s] == TextNormalizer.ZeroWidth)
        {
            s++;
        }

        while (e > s && text[e - 1] == TextNormalizer.ZeroWidth)
        {
            e--;
        }

        if (e <= s)
        {
            return;
        }

        var piece = text[s..e];
        if (char.IsDigit(piece[0]))
        {
            var unit = NumberUnitSplit(piece);
            if (unit > 0)
            {
                tokens.Add(new TextRange(baseOffset + s, baseOffset + s + unit));
                EmitPiece(text, s + unit, e, tokens, baseOffset);
                return;
            }
        }

        var clitic = CliticSplit(piece);
        if (clitic > 0)
        {
            tokens.Add(new TextRange(baseOffset + s, baseOffset + s + clitic));
            tokens.Add(new TextRange(baseOffset + s + clitic, baseOffset + e));
            return;
        }

        tokens.Add(new TextRange(baseOffset + s, baseOffset + e));
    }

    /// <summary>Length of the number in "5pm", "1.5bn", "10km"; 0 when the piece is not number + unit (or is "1990s", "22nd").</summary>
    private static int NumberUnitSplit(ReadOnlySpan<char> piece)
    {
        var i = 0;
        while (i < piece.Length && (char.IsDigit(piece[i]) || (piece[i] is '.' or ',' or ':' && i + 1 < piece.Length && char.IsDigit(piece[i + 1]))))
        {
            i++;
        }

        if (i == 0 || i >= piece.Length || !char.IsLetter(piece[i]))
        {
            return 0;
        }

        var suffix = piece[i..];
        foreach (var ch in suffix)
        {
            if (!char.IsLetter(ch))
            {
                return 0;
            }
        }

        if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("d", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return suffix.Length <= 4 ? i : 0;
    }

    private static readonly HashSet<string> NegationsWithoutApostrophe = new(StringComparer.OrdinalIgnoreCase)
    {
        "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt", "couldnt", "wouldnt",
        "shouldnt", "cant", "wont", "aint", "mustnt", "neednt",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = NegationsWithoutApostrophe.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Informal negations written without the apostrophe ("dont", "cant"), split as UD English does ("do nt", "ca nt").</summary>
    private static bool NoApostropheNegation(ReadOnlySpan<char> word) => NegationLookup.Contains(word);

    private static bool IsEmoticon(ReadOnlySpan<char> chunk) =>
        chunk is ":)" or ":-)" or ":(" or ":-(" or ";)" or ";-)" or ":D" or ":-D" or ":P" or ":-P" or ":p" or ":/" or ":-/" or "<3" or ":o" or ":O" or "^_^" or "=)" or ":-*" or ":'(";

    /// <summary>A run of one repeated symbol ("!!", "$$$", "&gt;&gt;", "=====", "****") is one token.</summary>
    private static bool IsSymbolRun(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 2 || char.IsLetterOrDigit(chunk[0]) || chunk[0] is '.' or '-' or '\'' or '"' or '(' or ')' or '[' or ']')
        {
            return false;
        }

        foreach (var c in chunk)
        {
            if (c != chunk[0])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a clitic starts in the word ("do|n't", "Korea|'s", "can|not", "gon|na"); 0 when none.</summary>
    private static int CliticSplit(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n >= 4 && w[n - 3] is 'n' or 'N' && w[n - 2] == '\'' && w[n - 1] is 't' or 'T')
        {
            return n - 3;
        }

        if (n >= 3 && w[n - 2] == '\'' && w[n - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M')
        {
            return n - 2;
        }

        if (n >= 4 && w[n - 3] == '\'' && (w[(n - 2)..].Equals("re", StringComparison.OrdinalIgnoreCase)
            || w[(n - 2)..].Equals("ve", StringComparison.OrdinalIgnoreCase) || w[(n - 2)..].Equals("ll", StringComparison.OrdinalIgnoreCase)))
        {
            return n - 3;
        }

        if (n >= 4 && (w[n - 2] is 'n' or 'N') && (w[n - 1] is 't' or 'T') && NoApostropheNegation(w))
        {
            return w.Equals("cant", StringComparison.OrdinalIgnoreCase) || w.Equals("wont", StringComparison.OrdinalIgnoreCase) ? 2 : n - 2;
        }

        if (n == 6 && w.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (n == 5 && (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || w.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }

        return 0;
    }
}
