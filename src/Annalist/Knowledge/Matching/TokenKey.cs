namespace Annalist.Knowledge.Matching;

/// <summary>
/// The key a token is matched by: lower-case, Latin diacritics removed, typographic apostrophes and
/// dashes folded. Writes into a caller's buffer, so matching allocates nothing.
/// </summary>
public static class TokenKey
{
    /// <summary>Longest token form that is matched; longer tokens never match a dictionary phrase.</summary>
    public const int MaxLength = 64;

    /// <summary>Folds <paramref name="form"/> into <paramref name="buffer"/> and returns the length (0 when too long).</summary>
    public static int Fold(ReadOnlySpan<char> form, Span<char> buffer)
    {
        if (form.Length > buffer.Length)
        {
            return 0;
        }

        for (var i = 0; i < form.Length; i++)
        {
            buffer[i] = FoldChar(form[i]);
        }

        return form.Length;
    }

    public static string Fold(string form)
    {
        Span<char> buffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        Fold(form, buffer);
        return new string(buffer);
    }

    /// <summary>True for a token that joins the parts of a name ("Jong - un"): skipped inside a phrase.</summary>
    public static bool IsJoiner(ReadOnlySpan<char> form) => form is "-" or "\u2010" or "\u2011" or "\u2013";

    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
            >= '\u00C0' and <= '\u017F' => Latin[c - 0xC0],
            _ => char.ToLowerInvariant(c),
        };
    }

    // U+00C0..U+017F folded to a lower-case ASCII letter where one is obvious (else lower-cased as is).
    private static readonly char[] Latin = BuildLatin();

    private static char[] BuildLatin()
    {
        const string map =
            "aaaaaaaceeeeiiii" + // C0-CF
            "dnooooo\u00D7ouuuuyts" + // D0-DF (D7 multiplication sign, DE thorn, DF sharp s)
            "aaaaaaaceeeeiiii" + // E0-EF
            "dnooooo\u00F7ouuuuyty" + // F0-FF
            "aaaaaaccccccccdd" + // 100-10F
            "ddeeeeeeeeeegggg" + // 110-11F
            "gggghhhhiiiiiiii" + // 120-12F
            "iiiijjkkklllllll" + // 130-13F
            "lllnnnnnnnnnoooo" + // 140-14F
            "oooorrrrrrssssss" + // 150-15F
            "ssttttttuuuuuuuu" + // 160-16F
            "uuuuwwyyyzzzzzzs"; // 170-17F
        return map.ToCharArray();
    }
}
