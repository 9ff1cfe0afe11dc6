namespace Annalist.Text;

/// <summary>Acronyms as news writes them: a short word all in capital letters ("UN", "GAO", "IAEA").</summary>
internal static class Acronyms
{
    /// <summary>Whether the form is two to <paramref name="maxLetters"/> capital letters A-Z and nothing else.</summary>
    public static bool Is(ReadOnlySpan<char> form, int maxLetters)
    {
        if (form.Length < 2 || form.Length > maxLetters)
        {
            return false;
        }

        foreach (var c in form)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
