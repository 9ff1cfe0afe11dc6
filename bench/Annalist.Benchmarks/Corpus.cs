using System.Text.Json;

namespace Annalist.Benchmarks;

/// <summary>
/// The benchmark input: the news texts of ../shared/data/news (MEANTIME and GUM news, about 0.5 MB),
/// or the repository's example article repeated when the shared data is absent.
/// </summary>
public static class Corpus
{
    public static IReadOnlyList<string> NewsTexts { get; } = Load();

    public static long Utf8Bytes { get; } = NewsTexts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Annalist.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static List<string> Load()
    {
        var root = RepositoryRoot();
        var news = Path.Combine(root, "..", "shared", "data", "news");
        var texts = new List<string>();
        if (Directory.Exists(news))
        {
            foreach (var file in Directory.GetFiles(news, "*.jsonl").Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(file))
                {
                    using var json = JsonDocument.Parse(line);
                    texts.Add(json.RootElement.GetProperty("text").GetString()!);
                }
            }
        }

        if (texts.Count == 0)
        {
            var example = File.ReadAllText(Path.Combine(root, "examples", "article.txt"));
            texts.AddRange(Enumerable.Repeat(example, 200));
        }

        return texts;
    }
}
