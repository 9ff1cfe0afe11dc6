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
                foreach (var record in Guarded(ReadStandardInput(), "-"))
                {
                    yield return record;
                }
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument))
                {
                    foreach (var record in Guarded(ReadFile(file, Path.GetRelativePath(argument, file)), file))
                    {
                        yield return record;
                    }
                }
            }
            else if (File.Exists(argument))
            {
                foreach (var record in Guarded(ReadFile(argument, Path.GetFileName(argument)), argument))
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

    /// <summary>
    /// The records of one file, and if its reader fails unexpectedly (a bug, never bad input), one problem naming
    /// the file in place of the rest: the next file is read all the same.
    /// </summary>
    private static IEnumerable<InputRecord> Guarded(IEnumerable<InputRecord> records, string path)
    {
        IEnumerator<InputRecord>? enumerator = null;
        try
        {
            enumerator = records.GetEnumerator();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            enumerator = null;
            records = [InputRecord.Failed(new SourceLocation(path), $"cannot read: {ex.GetType().Name}: {ex.Message}")];
        }

        if (enumerator is null)
        {
            foreach (var failed in records)
            {
                yield return failed;
            }

            yield break;
        }

        using (enumerator)
        {
            while (true)
            {
                InputRecord next;
                var stop = false;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }

                    next = enumerator.Current;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    next = InputRecord.Failed(new SourceLocation(path), $"reading stopped: {ex.GetType().Name}: {ex.Message}");
                    stop = true;
                }

                yield return next;
                if (stop)
                {
                    break;
                }
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
    public InputRecord ReadText(string text, string id) => TextDecoding.RefuseNul(DecodeResult.Ok(text)) is { Text: null } refused
        ? InputRecord.Failed(new SourceLocation(id) with { Line = refused.Line }, refused.Error!)
        : PlainTextInput.Parse(text, new SourceLocation(id), id, options);

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
        byte[]? bytes;
        try
        {
            // The limit holds on the bytes read, not on the size the file system reports: a symbolic link,
            // a device (/dev/zero) or a file growing while read is cut off at the limit.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            bytes = ReadCapped(stream, options.MaxArticleBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputRecord.Failed(location, $"cannot read: {ex.Message}");
        }

        if (bytes is null)
        {
            return InputRecord.Failed(location, $"file exceeds the {options.MaxArticleBytes:N0}-byte limit per article (more was read); skipped (split it, or use JSON Lines)");
        }

        return ParseBytes(bytes, location, id, html);
    }

    /// <summary>All bytes of the stream, or null as soon as more than <paramref name="limit"/> have been read.</summary>
    private static byte[]? ReadCapped(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
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
            return ReadCapped(stdin, options.MaxArticleBytes) is { } bytes
                ? [ParseBytes(bytes, new SourceLocation("-"), "stdin", html: false)]
                : [InputRecord.Failed(new SourceLocation("-"), $"standard input exceeds the {options.MaxArticleBytes:N0}-byte limit per article; skipped (use JSON Lines for many articles)")];
        }
    }

    /// <summary>
    /// The input files under a directory, in ordinal path order. Symbolic links to directories are followed,
    /// but each real directory is read once: a link back to an ancestor (a loop) or to a directory already
    /// read adds nothing.
    /// </summary>
    private static List<string> FilesUnder(string directory)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(directory);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (RealDirectory(current) is not { } real || !seen.Add(real))
            {
                continue;
            }

            try
            {
                files.AddRange(Directory.EnumerateFiles(current, "*", options)
                    .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !IsCorpusPaperwork(Path.GetFileName(f))));
                foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
                {
                    pending.Push(sub);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable or vanished directory holds nothing to read, as with IgnoreInaccessible.
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsCorpusPaperwork(string fileName) =>
        NotArticlePrefixes.Any(p => fileName.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            && (fileName.Length == p.Length || !char.IsLetter(fileName[p.Length])));
    /// <summary>The directory's path with every symbolic link resolved, or null when a link cannot be resolved (a loop, a dangling link).</summary>
    private static string? RealDirectory(string directory)
    {
        try
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var current = root;
            var links = 0;
            var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            while (parts.TryDequeue(out var part))
            {
                var next = Path.Combine(current, part);
                if (new DirectoryInfo(next).LinkTarget is { } target)
                {
                    // Resolve the link's target from the start again, as the kernel does, at most 40 times.
                    if (++links > 40)
                    {
                        return null;
                    }

                    var resolved = Path.GetFullPath(target, current);
                    var rest = parts.ToArray();
                    root = Path.GetPathRoot(resolved) ?? string.Empty;
                    current = root;
                    parts = new Queue<string>(resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                    continue;
                }

                current = next;
            }

            return current;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string StripExtension(string relativePath)
    {
        var extension = Path.GetExtension(relativePath);
        var stem = extension.Length > 0 ? relativePath[..^extension.Length] : relativePath;
        return stem.Replace(Path.DirectorySeparatorChar, '/');
    }
}
