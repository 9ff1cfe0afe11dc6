using System.Globalization;
using System.Text;

namespace Annalist.Coding.Typing;

/// <summary>
/// BERT's uncased tokenisation (clean, split CJK and punctuation, lower-case, strip accents: <see cref="AccentTable"/>) followed by
/// greedy longest-match WordPiece over a vocabulary file (one piece a line, its line number its id), as
/// all-MiniLM-L6-v2 was trained with. Mirrors scripts/train/wordpiece.py, which the model was trained with;
/// immutable and thread-safe.
/// </summary>
public sealed class WordPieceTokenizer
{
    private const int MaxWordLength = 100;
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordPieceTokenizer(IEnumerable<string> pieces)
    {
        ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var piece in pieces)
        {
            ids.TryAdd(piece, ids.Count);
        }

        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Unknown = Id("[UNK]");
        Classify = Id("[CLS]");
        Separator = Id("[SEP]");
    }

    public int Unknown { get; }

    public int Classify { get; }

    public int Separator { get; }

    public int Count => ids.Count;

    public static WordPieceTokenizer Load(string path) =>
        new(File.ReadLines(path).Select(line => line.TrimEnd('\r')));

    /// <summary>The id of a piece that must be in the vocabulary (a special token or a mark).</summary>
    public int Id(string piece) => ids.TryGetValue(piece, out var id)
        ? id
        : throw new InvalidDataException($"the WordPiece vocabulary has no '{piece}'");

    /// <summary>Appends the piece ids of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Encode(ReadOnlySpan<char> text, List<int> output)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var value = rune.Value;
            if (value == 0 || value == 0xFFFD || (IsOther(category) && value is not ('\t' or '\n' or '\r')))
            {
                continue;
            }

            if (value is ' ' or '\t' or '\n' or '\r' || category == UnicodeCategory.SpaceSeparator)
            {
                Flush(word, output);
                continue;
            }

            if (IsCjk(value) || IsPunctuation(rune, category))
            {
                Flush(word, output);
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                Flush(word, output);
                continue;
            }

            foreach (var c in Rune.ToLowerInvariant(rune).ToString())
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    word.Append(AccentTable.Strip(c));
                }
            }
        }

        Flush(word, output);
    }

    /// <summary>Ends a word: its punctuation (some only appears once accents are stripped) stands apart, the rest is split into pieces.</summary>
    private void Flush(StringBuilder word, List<int> output)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]) && IsPunctuation(new Rune(text[i]), CharUnicodeInfo.GetUnicodeCategory(text[i])))
            {
                Pieces(text.AsSpan(start, i - start), output);
                Pieces(text.AsSpan(i, 1), output);
                start = i + 1;
            }
        }

        Pieces(text.AsSpan(start), output);
    }

    private void Pieces(ReadOnlySpan<char> word, List<int> output)
    {
        if (word.IsEmpty)
        {
            return;
        }

        if (word.Length > MaxWordLength)
        {
            output.Add(Unknown);
            return;
        }

        var before = output.Count;
        Span<char> buffer = stackalloc char[MaxWordLength + 2];
        var start = 0;
        while (start < word.Length)
        {
            var end = word.Length;
            var found = -1;
            while (start < end)
            {
                int id;
                bool known;
                if (start == 0)
                {
                    known = lookup.TryGetValue(word[..end], out id);
                }
                else
                {
                    buffer[0] = '#';
                    buffer[1] = '#';
                    word[start..end].CopyTo(buffer[2..]);
                    known = lookup.TryGetValue(buffer[..(end - start + 2)], out id);
                }

                if (known)
                {
                    found = id;
                    break;
                }

                end--;
            }

            if (found < 0)
            {
                output.RemoveRange(before, output.Count - before);
                output.Add(Unknown);
                return;
            }

            output.Add(found);
            start = end;
        }
    }

    private static bool IsOther(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static bool IsPunctuation(Rune rune, UnicodeCategory category)
    {
        var v = rune.Value;
        if (v is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126)
        {
            return true;
        }

        return category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int cp) => cp is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF
        or >= 0x2A700 and <= 0x2B73F or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF or >= 0xF900 and <= 0xFAFF
        or >= 0x2F800 and <= 0x2FA1F;
}
