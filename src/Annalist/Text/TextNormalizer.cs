namespace Annalist.Text;

/// <summary>
/// Folds typographic variants to the plain characters the tokenizer, tagger and dictionaries expect,
/// one character for one character, so every offset into the normalised text is valid in the
/// original. Curly quotes become straight quotes, hyphen and minus variants '-', exotic spaces ' ',
/// full-width ASCII plain ASCII, and every zero-width character (including the soft hyphen) the
/// canonical <see cref="ZeroWidth"/>, which the tokenizer treats as part of the surrounding word.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The single zero-width character left in normalised text; token forms omit it.</summary>
    public const char ZeroWidth = '\u200B';

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstChange(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            for (var i = start; i < source.Length; i++)
            {
                span[i] = Map(source, i);
            }
        });
    }

    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x80 && c >= 0x20 && c != 0x7F) || c == '\n' || c == '\t')
            {
                continue;
            }

            if (Map(text, i) != c)
            {
                return i;
            }
        }

        return -1;
    }

    private static char Map(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c switch
            {
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? ' ' : '\n',
                '\n' or '\t' => c,
                < ' ' or '\x7F' => ' ',
                _ => c,
            };
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u02BC' or '\uFF07' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\uFF02' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
            '\u0085' or '\u2028' or '\u2029' => '\n',
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' => ZeroWidth,
            >= '\u0080' and <= '\u009F' => ' ',
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            _ => c,
        };
    }
}
