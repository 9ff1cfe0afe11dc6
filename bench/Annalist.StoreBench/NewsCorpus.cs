using System.Text.Json;

namespace Annalist.StoreBench;

/// <summary>The news texts of ../shared/data/news (or the example article), and their replication into a large corpus of distinct documents.</summary>
internal static class NewsCorpus
{
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

    public static List<(string Text, string Title, string Date)> Load()
    {
        var root = RepositoryRoot();
        var news = Path.Combine(root, "..", "shared", "data", "news");
        var articles = new List<(string, string, string)>();
        if (Directory.Exists(news))
        {
            foreach (var file in Directory.GetFiles(news, "*.jsonl").Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(file))
                {
                    using var json = JsonDocument.Parse(line);
                    var r = json.RootElement;
                    articles.Add((r.GetProperty("text").GetString()!, r.GetProperty("title").GetString() ?? string.Empty, r.GetProperty("date").GetString() ?? "2024-01-01"));
                }
            }
        }

        if (articles.Count == 0)
        {
            articles.Add((File.ReadAllText(Path.Combine(root, "examples", "article.txt")), "Example", "2024-03-15"));
        }

        return articles;
    }

    /// <summary>
    /// Writes <paramref name="count"/> JSON Lines documents cycling through the news: each copy gets
    /// its own id, URL, outlet (one of 25) and a closing line that makes its text distinct, so the
    /// store's de-duplication keeps them all.
    /// </summary>
    public static void Replicate(string path, int count)
    {
        var articles = Load();
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        for (var i = 0; i < count; i++)
        {
            var (text, title, date) = articles[i % articles.Count];
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"bench-{i}",
                title,
                date,
                url = $"https://bench.example/{i % 25}/{i}",
                source = $"outlet-{i % 25}",
                text = text + $"\n\n(Benchmark copy {i}.)",
            }));
        }
    }
}
