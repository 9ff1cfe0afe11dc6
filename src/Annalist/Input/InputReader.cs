using Annalist.Documents;

namespace Annalist.Input;

/// <summary>
/// Reads the documents named on a command line: files, directories (recursed, in ordinal path order;
/// LICENSE*, NOTICE*, README* and COPYING* files skipped) or "-" for standard input. .txt is one article, .jsonl one article per line, .html/.htm one page,
/// .rss/.atom/.xml one article per feed item (RSS or Atom).
/// Standard input is JSON Lines when its first non-blank character is '{', else one plain-text
/// article. Every unreadable file or record becomes a located problem; reading goes on.
/// </summary>
public sealed class InputReader(InputOptions? options = null)
{
    private static readonly string[] DirectoryExtensions = [".txt", ".jsonl", ".ndjson", ".html", ".htm", ".rss", ".atom", ".xml"];

    /// <summary>
    /// Names of the files that travel with a corpus but are not articles (LICENSE-GeoNames.txt,
    /// README.txt, NOTICE): skipped when a directory is read, still read when named on their own.
    /// </summary>
    private static readonly string[] NotArticlePrefixes = ["license", "licence", "copying", "notice", "readme"];

    private readonly InputOptions options = options ?? InputOptions.Default;

    public InputOptions Options => options;

    public IEnumerable<InputRecord> Read(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                foreach (var record in ReadStandardInput())
                {
                    yield return record;
                }
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument))
                {
                    foreach (var record in ReadFile(file, Path.GetRelativePath(argument, file)))
                    {
                        yield return record;
                    }
                }
            }
            else if (File.Exists(argument))
            {
                foreach (var record in ReadFile(argument, Path.GetFileName(argument)))
                {
                    yield return record;
                }
            }
            else
            {
                yield return InputRecord.Failed(new SourceLocation(argument), "no such file or directory");
            }
        }
    }

    /// <summary>Reads one file by its extension; <paramref name="idBase"/> names its documents when they carry no id.</summary>
    public IEnumerable<InputRecord> ReadFile(string path, string idBase)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var id = StripExtension(idBase);
        if (extension is ".jsonl" or ".ndjson")
        {
            Stream stream;
            try
            {
                stream = File.OpenRead(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return [InputRecord.Failed(new SourceLocation(path), $"cannot read: {ex.Message}")];
            }

            return ReadJsonLines(stream, path, id);
        }

        if (extension is ".rss" or ".atom" or ".xml")
        {
            return FeedInput.Read(path, id, options);
        }

        return [ReadWholeFile(path, id, extension is ".html" or ".htm" or ".xhtml")];
    }

    /// <summary>Reads one article held in memory exactly as a .txt file with this content is read (first line as headline when it reads as one).</summary>
    public InputRecord ReadText(string text, string id) => PlainTextInput.Parse(text, new SourceLocation(id), id, options);

    /// <summary>Reads one JSON Lines record held in memory (<c>{"id","text","date","title","url","source","language"}</c>); <paramref name="fallbackId"/> names it when it has no id.</summary>
    public InputRecord ReadJsonRecord(string json, string fallbackId) => JsonLinesInput.ParseRecord(json, new SourceLocation(fallbackId), fallbackId, options);

    private IEnumerable<InputRecord> ReadJsonLines(Stream stream, string path, string id)
    {
        using (stream)
        {
            foreach (var record in JsonLinesInput.Read(stream, path, id, options))
            {
                yield return record;
            }
        }
    }

    private InputRecord ReadWholeFile(string path, string id, bool html)
    {
        var location = new SourceLocation(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxArticleBytes)
            {
                return InputRecord.Failed(location, $"file of {length:N0} bytes exceeds the {options.MaxArticleBytes:N0}-byte limit per article; skipped (split it, or use JSON Lines)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputRecord.Failed(location, $"cannot read: {ex.Message}");
        }

        return ParseBytes(bytes, location, id, html);
    }

    private InputRecord ParseBytes(byte[] bytes, SourceLocation location, string id, bool html)
    {
        if (bytes.Length == 0)
        {
            return InputRecord.Failed(location, "empty file: no text to process");
        }

        var decoded = TextDecoding.Decode(bytes);
        if (decoded.Text is null)
        {
            return InputRecord.Failed(location with { Line = decoded.Line }, $"{decoded.Error}; skipped");
        }

        return html ? HtmlInput.Parse(decoded.Text, location, id, options) : PlainTextInput.Parse(decoded.Text, location, id, options);
    }

    private IEnumerable<InputRecord> ReadStandardInput()
    {
        var stdin = new PeekableStream(options.OpenStandardInput());
        var first = stdin.PeekFirstNonBlank();
        if (first == (byte)'{')
        {
            return ReadJsonLines(stdin, "-", "stdin");
        }

        using (stdin)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stdin.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxArticleBytes)
                {
                    return [InputRecord.Failed(new SourceLocation("-"), $"standard input exceeds the {options.MaxArticleBytes:N0}-byte limit per article; skipped (use JSON Lines for many articles)")];
                }

                buffer.Write(chunk, 0, read);
            }

            return [ParseBytes(buffer.ToArray(), new SourceLocation("-"), "stdin", html: false)];
        }
    }

    private static IEnumerable<string> FilesUnder(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !IsCorpusPaperwork(Path.GetFileName(f)))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsCorpusPaperwork(string fileName) =>
        NotArticlePrefixes.Any(p => fileName.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            && (fileName.Length == p.Length || !char.IsLetter(fileName[p.Length])));

    private static string StripExtension(string relativePath)
    {
        var extension = Path.GetExtension(relativePath);
        var stem = extension.Length > 0 ? relativePath[..^extension.Length] : relativePath;
        return stem.Replace(Path.DirectorySeparatorChar, '/');
    }
}
