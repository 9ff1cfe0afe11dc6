using Annalist.Documents;

namespace Annalist.Formats.Conllu;

/// <summary>
/// Reads CoNLL-U (Universal Dependencies) sentence by sentence. Empty nodes ("8.1") are skipped;
/// a malformed line is reported with its line number and its sentence dropped, never the file.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluReadResult> Read(TextReader reader, string path)
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var multiword = new List<ConlluMultiwordToken>();
        string? error = null;
        var errorLine = 0;
        var lineNumber = 0;
        var startLine = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (words.Count > 0 || error is not null)
                {
                    yield return Complete();
                }

                comments = [];
                words = [];
                multiword = [];
                startLine = lineNumber + 1;
                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line);
                continue;
            }

            if (error is not null)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                (error, errorLine) = ($"expected 10 tab-separated columns, found {columns.Length}", lineNumber);
                continue;
            }

            var id = columns[0];
            if (id.Contains('.'))
            {
                continue;
            }

            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (int.TryParse(id.AsSpan(0, dash), out var first) && int.TryParse(id.AsSpan(dash + 1), out var last) && last >= first)
                {
                    multiword.Add(new ConlluMultiwordToken(first, last, columns[1], columns[9]));
                }
                else
                {
                    (error, errorLine) = ($"bad multiword token ID '{id}'", lineNumber);
                }

                continue;
            }

            if (!int.TryParse(id, out var wordId) || wordId != words.Count + 1)
            {
                (error, errorLine) = ($"word ID '{id}' out of sequence (expected {words.Count + 1})", lineNumber);
                continue;
            }

            var head = columns[6] == "_" ? -1 : int.TryParse(columns[6], out var h) ? h : -2;
            if (head == -2)
            {
                (error, errorLine) = ($"bad HEAD '{columns[6]}'", lineNumber);
                continue;
            }

            words.Add(new ConlluWord(wordId, columns[1], columns[2], columns[3], columns[4], columns[5], head, columns[7], columns[8], columns[9]));
        }

        if (words.Count > 0 || error is not null)
        {
            yield return Complete();
        }

        ConlluReadResult Complete()
        {
            if (error is not null)
            {
                var result = new ConlluReadResult(null, new SourceLocation(path, errorLine), error);
                error = null;
                return result;
            }

            foreach (var word in words)
            {
                if (word.Head > words.Count)
                {
                    return new ConlluReadResult(null, new SourceLocation(path, startLine), $"HEAD {word.Head} of word {word.Id} is beyond the sentence's {words.Count} words");
                }
            }

            return new ConlluReadResult(new ConlluSentence(comments, words, multiword, startLine), new SourceLocation(path, startLine), null);
        }
    }

    /// <summary>Reads a whole file, throwing on the first malformed sentence (for training data, which must be clean).</summary>
    public static List<ConlluSentence> ReadFileStrict(string path)
    {
        using var reader = new StreamReader(path);
        var sentences = new List<ConlluSentence>();
        foreach (var result in Read(reader, path))
        {
            sentences.Add(result.Sentence ?? throw new FormatException($"{result.Location}: {result.Error}"));
        }

        return sentences;
    }
}

/// <summary>A sentence, or the located reason it could not be read.</summary>
public readonly record struct ConlluReadResult(ConlluSentence? Sentence, SourceLocation Location, string? Error);
