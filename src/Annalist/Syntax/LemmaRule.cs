namespace Annalist.Syntax;

/// <summary>
/// How a lemma is made from a word form: optionally lower-case the form, remove <see cref="Strip"/>
/// characters from its end, append <see cref="Append"/> ("supplied" → lower, strip 3, append "y").
/// Proper nouns keep their case ("Bush" → keep, strip 0).
/// </summary>
internal readonly record struct LemmaRule(bool Lower, int Strip, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule Learn(string form, string lemma)
    {
        var lower = !HasUpper(lemma);
        var source = lower ? form.ToLowerInvariant() : form;
        var common = 0;
        while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(lower, source.Length - common, lemma[common..]);
    }

    public bool AppliesTo(ReadOnlySpan<char> form) => Strip < form.Length || (Strip == form.Length && Append.Length > 0);

    public string Apply(ReadOnlySpan<char> form)
    {
        var keep = Math.Max(0, form.Length - Strip);
        var length = keep + Append.Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        for (var i = 0; i < keep; i++)
        {
            var c = WordShape.Fold(form[i]);
            buffer[i] = Lower ? char.ToLowerInvariant(c) : c;
        }

        Append.AsSpan().CopyTo(buffer[keep..]);
        return new string(buffer);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Lower);
        writer.Write(Strip);
        writer.Write(Append);
    }

    public static LemmaRule Read(BinaryReader reader) => new(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString());

    private static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
