namespace Annalist.Knowledge.Petrarch;

/// <summary>Turns a dictionary phrase (<c>VLADIMIR_PUTIN_</c>, <c>U.N._SECURITY_COUNCIL</c>) into words separated by spaces.</summary>
internal static class PetrarchPhrase
{
    public static string ToText(string phrase) =>
        string.Join(' ', phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The phrase without a parenthesised part, e.g. <c>ANIMAL_LIBERATION_FRONT_(ALF)_</c> without <c>(ALF)</c>; null when there is none.</summary>
    public static string? WithoutParentheses(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.IndexOf(')', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return null;
        }

        var stripped = ToText(text[..open] + " " + text[(close + 1)..]);
        return stripped.Length > 0 ? stripped : null;
    }
}
