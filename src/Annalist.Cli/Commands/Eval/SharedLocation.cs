namespace Annalist.Cli.Commands.Eval;

/// <summary>
/// Where the evaluation material lives: <c>--shared DIR</c>, else <c>$ANNALIST_SHARED</c>, else the
/// <c>shared/</c> folder beside the repository (or beside the working directory).
/// </summary>
internal static class SharedLocation
{
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(given);
        }

        if (Environment.GetEnvironmentVariable("ANNALIST_SHARED") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Annalist.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        return Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "..", "shared"));
    }

    public static string Require(string shared, string relative)
    {
        var path = Path.Combine(shared, relative);
        if (!File.Exists(path))
        {
            throw new FatalCommandException($"{path}: not found (give the evaluation material with --shared DIR or ANNALIST_SHARED)");
        }

        return path;
    }
}
