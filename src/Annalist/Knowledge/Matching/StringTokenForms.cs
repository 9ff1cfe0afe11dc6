using Annalist.Documents;
using Annalist.Text;

namespace Annalist.Knowledge.Matching;

/// <summary>A short text tokenized with the project's <see cref="Tokenizer"/> (for lookups and dictionary phrases).</summary>
public sealed class StringTokenForms : ITokenForms
{
    private readonly List<TextRange> ranges = [];

    public StringTokenForms(string text)
    {
        Text = TextNormalizer.Normalize(text);
        Tokenizer.Default.Tokenize(Text, ranges);
    }

    public string Text { get; }

    public int Count => ranges.Count;

    public IReadOnlyList<TextRange> Ranges => ranges;

    public ReadOnlySpan<char> Form(int index) => Text.AsSpan(ranges[index].Start, ranges[index].Length);

    public int Start(int index) => ranges[index].Start;

    public int End(int index) => ranges[index].End;

    /// <summary>The text covered by tokens [start, end).</summary>
    public string Slice(int start, int end) => Text[ranges[start].Start..ranges[end - 1].End];

    /// <summary>The folded keys of the tokens, without joiners ("Jong - un" gives jong, un).</summary>
    public static List<string> Keys(string phrase)
    {
        var tokens = new StringTokenForms(phrase);
        var keys = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var form = tokens.Form(i);
            if (!TokenKey.IsJoiner(form) || tokens.Count == 1)
            {
                keys.Add(TokenKey.Fold(form.ToString()));
            }
        }

        return keys;
    }
}
