using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Annalist.Server.Tests.Cli;

/// <summary>`annalist serve` as a user runs it: a real process on a loopback port, and its refusals with exit status 3.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "annalist-serve-test-" + Guid.NewGuid().ToString("N"));


    private Process Start(IDictionary<string, string>? environment, params string[] args)
    {
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "annalist.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start annalist");
        process.StandardInput.Close();
        return process;
    }

    [Fact]
    public async Task Serve_listens_on_loopback_and_answers_until_stopped()
    {
        using var process = Start(null, "serve", "--store", Path.Combine(directory, "served.db"), "--urls", "http://127.0.0.1:0");
        try
        {
            Uri? address = null;
            var output = new StringBuilder();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (address is null && DateTime.UtcNow < deadline)
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                if (line is null)
                {
                    break;
                }

                output.AppendLine(line);
                if (Listening().Match(line) is { Success: true } match)
                {
                    address = new Uri(match.Groups[1].Value);
                }
            }

            if (address is null)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("no 'Now listening on' line: " + output + await process.StandardError.ReadToEndAsync());
            }

            Assert.Equal(IPAddress.Loopback.ToString(), address!.Host);
            using var client = new HttpClient { BaseAddress = address };
            var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"store\":\"sqlite\"", await health.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Contains("Ingest off (no API key configured); reads open; CORS off", output.ToString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("ANNALIST_API_KEYS", "short", "at least 16 characters")]
    [InlineData("Annalist__RequireKeyForReads", "true", "no API key is configured")]
    public async Task Unusable_settings_stop_serve_with_exit_status_3_and_a_reason(string variable, string value, string reason)
    {
        using var process = Start(new Dictionary<string, string> { [variable] = value }, "serve", "--store", Path.Combine(directory, "refused.db"), "--urls", "http://127.0.0.1:0");
        var stderr = process.StandardError.ReadToEndAsync();
        await ExpectStopAsync(process, "an unusable setting");
        Assert.Contains(reason, await stderr);
        Assert.DoesNotContain("   at ", await stderr);
    }

    [Fact]
    public async Task A_port_in_use_stops_serve_with_one_line_and_no_stack_trace()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var process = Start(null, "serve", "--store", Path.Combine(directory, "busy.db"), "--urls", $"http://127.0.0.1:{port}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await ExpectStopAsync(process, "a port in use");
        Assert.Contains("cannot listen on", await stderr);
        Assert.DoesNotContain("   at ", await stderr + await stdout);
        Assert.DoesNotContain("Hosting failed to start", await stdout);
    }

    /// <summary>Waits up to a minute for serve to refuse to run, with exit status 3.</summary>
    private static async Task ExpectStopAsync(Process process, string cause)
    {
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(60))) != exited)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"serve did not stop on {cause}");
        }

        Assert.Equal(3, process.ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    [GeneratedRegex("Now listening on: (http://[^\\s]+)")]
    private static partial Regex Listening();
}
