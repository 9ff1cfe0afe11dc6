namespace Annalist.Syntax;

/// <summary>
/// Turns a word form into the normalised spellings the tagger and parser see: lower case, digits
/// folded to '0', typographic quotes and dashes folded to ASCII (CoNLL-U forms are not normalised by
/// the reader, raw text is), and a compressed shape ("Xx", "0.0", "X.X."). Writes into a caller's
/// buffer; allocates nothing.
/// </summary>
internal static class WordShape
{
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2212' => '-',
        '\u2013' => '-',
        _ => c,
    };

    /// <summary>Writes the lower-cased, digit-folded form into <paramref name="buffer"/> and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> form, Span<char> buffer)
    {
        var n = Math.Min(form.Length, buffer.Length);
        for (var i = 0; i < n; i++)
        {
            var c = Fold(form[i]);
            buffer[i] = c is >= '0' and <= '9' ? '0' : char.ToLowerInvariant(c);
        }

        return n;
    }

    /// <summary>Writes the compressed shape (runs of one character class collapsed, at most two long) and returns its length.</summary>
    public static int Shape(ReadOnlySpan<char> form, Span<char> buffer)
    {
        var length = 0;
        var last = '\0';
        var run = 0;
        foreach (var raw in form)
        {
            var c = Fold(raw);
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? '0' : c;
            if (k == last)
            {
                if (++run > 2)
                {
                    continue;
                }
            }
            else
            {
                last = k;
                run = 1;
            }

            if (length == buffer.Length)
            {
                break;
            }

            buffer[length++] = k;
        }

        return length;
    }
}
