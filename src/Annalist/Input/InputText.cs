using System.Text;

namespace Annalist.Input;

/// <summary>Text clean-up shared by the readers of markup inputs (feeds, HTML pages).</summary>
internal static class InputText
{
    /// <summary>Every run of white space made one space, leading and trailing white space dropped; null is empty.</summary>
    public static string CollapseWhitespace(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
