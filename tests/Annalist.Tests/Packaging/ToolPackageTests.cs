using System.Diagnostics;
using System.Text.Json;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Packaging;

/// <summary>
/// The install the README documents: `dotnet pack` makes the annalist tool package, which installs on a
/// clean tool path (its own NuGet cache, only the local package source) and codes the example article
/// from any directory, with the data inside the package.
/// </summary>
public sealed class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void The_packed_tool_installs_on_a_clean_tool_path_and_codes_the_example()
    {
        using var dir = new TempDirectory();
        var packages = Path.Combine(dir.Path, "packages");
        var tools = Path.Combine(dir.Path, "tools");
        var config = dir.File("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="local" value="{packages}" /></packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "nuget-cache") };

        Run(environment, SharedData.RepositoryRoot, "dotnet", "pack", Path.Combine("src", "Annalist.Cli"), "-c", Configuration, "--no-build", "-o", packages);
        var package = Assert.Single(Directory.GetFiles(packages, "annalist.*.nupkg"));
        Run(environment, dir.Path, "dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "annalist");
        Assert.False(Directory.Exists(Path.Combine(tools, "data")), "the data should be inside the installed package, not beside the shim");

        var example = Path.Combine(SharedData.RepositoryRoot, "examples", "article.txt");
        var output = Run(environment, dir.Path, Path.Combine(tools, "annalist"), "code", example, "--date", "2024-03-15", "--format", "jsonl");
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("event_type").GetString() == "AID" && e.GetProperty("actor").GetProperty("code").GetString() == "USA");
        Assert.True(new FileInfo(package).Length > 1_000_000, "the package should carry the models and knowledge");
    }

    private static string Run(IDictionary<string, string> environment, string directory, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command, args)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment.Remove("ANNALIST_DATA");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
