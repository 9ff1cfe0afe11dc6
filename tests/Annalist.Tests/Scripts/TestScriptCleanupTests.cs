using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Scripts;

/// <summary>
/// scripts/test.sh leaves the machine as it found it: the commands setup hooks register
/// (scripts/lib/cleanup.sh) run on success, failure and Ctrl-C, and the PostgreSQL hook stops only a
/// server it started. Uses its own port and data directory, never the shared server.
/// </summary>
public sealed class TestScriptCleanupTests
{
    private static string Root => SharedData.RepositoryRoot;

    [SkippableTheory]
    [InlineData("exit 0", 0)]
    [InlineData("false || exit 1", 1)]
    [InlineData("kill -INT $$; sleep 5", 130)]
    [InlineData("kill -TERM $$; sleep 5", 143)]
    public void Registered_commands_run_newest_first_however_the_script_ends(string ending, int status)
    {
        // A shell started with SIGINT ignored (a job run in the background, as `cmd &` does) cannot trap it again.
        Skip.If(ending.Contains("-INT", StringComparison.Ordinal) && SignalIgnored(2), "SIGINT is ignored by this test run (started in the background), so no shell it starts can receive it");
        using var dir = new TempDirectory();
        var log = Path.Combine(dir.Path, "log");
        var (exit, _) = Bash($". scripts/lib/cleanup.sh; annalist_cleanup_add 'echo first >> {log}'; annalist_cleanup_add 'echo second >> {log}'; {ending}");
        Assert.Equal(status, exit);
        Assert.Equal(["second", "first"], File.ReadAllLines(log));
    }

    /// <summary>Whether this process ignores the signal (the SigIgn mask of /proc/self/status), as children then do.</summary>
    private static bool SignalIgnored(int signal)
    {
        const string Field = "SigIgn:";
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Field, StringComparison.Ordinal)) : null;
        return line is not null
            && ulong.TryParse(line[Field.Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (signal - 1))) != 0;
    }

    [SkippableFact]
    public void The_postgresql_hook_stops_the_server_it_started_and_removes_its_data_directory()
    {
        using var pg = new ScratchPostgres();
        var (bin, data, port) = (pg.Bin, pg.Data, pg.Port);
        var (exit, output) = Bash(
            pg.Environment + $". scripts/lib/cleanup.sh; . scripts/setup.d/postgresql.sh; {bin}/pg_isready -q -h 127.0.0.1 -p {port} && echo ANSWERING; exit 1");
        Assert.Equal(1, exit);
        Assert.Contains("ANSWERING", output, StringComparison.Ordinal);
        Assert.False(Answers(bin, port), "the server the hook started is still running");
        Assert.False(System.IO.Directory.Exists(data), "the data directory the hook created is left behind");
    }

    [SkippableFact]
    public void The_postgresql_hook_leaves_a_server_that_was_already_answering()
    {
        using var pg = new ScratchPostgres();
        var (bin, data, port, environment) = (pg.Bin, pg.Data, pg.Port, pg.Environment);
        try
        {
            // Sourced on its own (as for targeted test runs): starts a server and registers nothing.
            Assert.Equal(0, Bash(environment + ". scripts/setup.d/postgresql.sh").Exit);
            Assert.True(Answers(bin, port));
            Assert.Equal(0, Bash(environment + ". scripts/lib/cleanup.sh; . scripts/setup.d/postgresql.sh; exit 0").Exit);
            Assert.True(Answers(bin, port), "the hook stopped a server it did not start");
        }
        finally
        {
            var owner = System.Environment.UserName == "root" ? "runuser -u postgres -- " : string.Empty;
            Bash($"{owner}{bin}/pg_ctl -D {data} -m fast -w stop >/dev/null 2>&1; rm -rf {data} {data}.initdb.log");
        }
    }

    [SkippableFact]
    public void A_failed_build_still_stops_the_server_and_ends_with_the_count_line()
    {
        using var pg = new ScratchPostgres();
        var (bin, data, port, dir) = (pg.Bin, pg.Data, pg.Port, pg.Directory);
        dir.File("fake/dotnet", "#!/bin/sh\necho 'error CS0000: a fake build failure'\nexit 1\n");
        var (exit, output) = Bash(
            $"chmod +x {dir.Path}/fake/dotnet; export PATH={dir.Path}/fake:$PATH; unset CI; " + pg.Environment + "bash scripts/test.sh 2>&1");
        Assert.Equal(1, exit);
        Assert.Equal("0 passed, 1 failed", output.TrimEnd().Split('\n')[^1]);
        Assert.Contains("==> cleanup:", output, StringComparison.Ordinal);
        Assert.False(Answers(bin, port), "test.sh left the server it started running");
        Assert.False(System.IO.Directory.Exists(data));
    }

    [SkippableFact]
    public void A_test_run_that_leaves_no_results_is_no_green_run()
    {
        // A run cancelled from outside can end with status 0 and no result files: "0 passed, 0 failed" would read as green.
        using var pg = new ScratchPostgres();
        var dir = pg.Directory;
        dir.File("fake/dotnet", "#!/bin/sh\necho 'Build succeeded.'\nexit 0\n");
        var (exit, output) = Bash(
            $"chmod +x {dir.Path}/fake/dotnet; export PATH={dir.Path}/fake:$PATH; unset CI; " + pg.Environment + "bash scripts/test.sh 2>&1");
        Assert.Equal(1, exit);
        Assert.Equal("0 passed, 1 failed", output.TrimEnd().Split('\n')[^1]);
        Assert.Contains("no test results", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Every_test_assembly_counts_even_when_two_write_the_same_result_file_name()
    {
        // Two assemblies that start in the same second write one timestamped .trx name, the later replacing the other:
        // counted from the .trx files, a clean run of 1636 passed tests ended "1442 passed". Each assembly's console
        // summary line counts; the fake writes no .trx at all.
        using var pg = new ScratchPostgres();
        var dir = pg.Directory;
        dir.File("fake/dotnet", "#!/bin/sh\n"
            + "echo 'Passed!  - Failed:     0, Passed:   194, Skipped:     1, Total:   195, Duration: 4 s - Annalist.Server.Tests.dll (net10.0)'\n"
            + "echo 'Failed!  - Failed:     2, Passed:  1440, Skipped:     1, Total:  1443, Duration: 4 s - Annalist.Tests.dll (net10.0)'\n"
            + "exit 0\n");
        var (exit, output) = Bash(
            $"chmod +x {dir.Path}/fake/dotnet; export PATH={dir.Path}/fake:$PATH; unset CI; " + pg.Environment + "bash scripts/test.sh 2>&1");
        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("1634 passed, 2 failed", lines[^1]);
        Assert.Equal("(2 skipped)", lines[^2]);
    }

    /// <summary>A free port and a data directory (not created) for a PostgreSQL server of the test's own.</summary>
    private sealed class ScratchPostgres : IDisposable
    {
        public string Bin { get; } = PostgresBin();

        public TempDirectory Directory { get; } = new();

        public int Port { get; } = FreePort();

        public string Data => Path.Combine(Directory.Path, "pg");

        public string Environment => $"export ANNALIST_PG_PORT={Port} ANNALIST_PG_DATA={Data}; unset ANNALIST_TEST_POSTGRES; ";

        public void Dispose() => Directory.Dispose();
    }

    private static string PostgresBin()
    {
        var bin = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "postgres"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        Skip.If(bin is null, "PostgreSQL is not installed (scripts/setup.d/postgresql.sh installs it); the hook's cleanup cannot be tried");
        return bin!;
    }

    private static bool Answers(string bin, int port) => Bash($"{bin}/pg_isready -q -h 127.0.0.1 -p {port}").Exit == 0;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Exit, string Output) Bash(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", "set -uo pipefail; " + script])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bash did not finish: " + script);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
