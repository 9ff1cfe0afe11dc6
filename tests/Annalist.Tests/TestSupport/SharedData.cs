namespace Annalist.Tests.TestSupport;

/// <summary>
/// Locates <c>../shared</c> (training and evaluation material beside the repository). Tests that need
/// it call <see cref="Require"/>, which skips them with a clear reason where it is absent.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string RepositoryRoot { get; } = FindRepository();

    /// <summary>The path of a file under <c>../shared</c>; skips the calling test when it is missing.</summary>
    public static string Require(string relative)
    {
        var path = Root is null ? null : System.IO.Path.Combine(Root, relative);
        Skip.If(path is null || !(File.Exists(path) || Directory.Exists(path)), $"../shared/{relative} is not available on this machine; this test needs it");
        return path!;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Annalist.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Annalist.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ANNALIST_SHARED") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        var candidate = System.IO.Path.Combine(FindRepository(), "..", "shared");
        return Directory.Exists(candidate) ? System.IO.Path.GetFullPath(candidate) : null;
    }
}
