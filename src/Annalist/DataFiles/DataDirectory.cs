namespace Annalist.DataFiles;

/// <summary>
/// Locates the shipped runtime data (<c>data/</c>: models, knowledge). The built command carries a
/// copy next to its binary, so it runs from any directory; <c>ANNALIST_DATA</c> overrides the location.
/// </summary>
public sealed class DataDirectory
{
    public const string EnvironmentVariable = "ANNALIST_DATA";

    public DataDirectory(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary><c>$ANNALIST_DATA</c>, else <c>data/</c> beside the running binary, else the nearest <c>data/</c> above the working directory.</summary>
    public static DataDirectory Default { get; } = new(FindDefault());

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public bool Exists(params string[] parts) => File.Exists(PathOf(parts)) || Directory.Exists(PathOf(parts));

    private static string FindDefault()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Annalist.slnx")))
            {
                return candidate;
            }
        }

        return beside;
    }
}
