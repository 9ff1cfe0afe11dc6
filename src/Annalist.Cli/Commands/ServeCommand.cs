using System.CommandLine;
using Annalist.Server;
using Annalist.Server.Configuration;
using Annalist.Storage;
using Microsoft.Extensions.Hosting;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist serve`: the HTTP API and the analysts' workbench over a store, on loopback unless
/// <c>--urls</c> says otherwise. API keys, closing reads, limits and CORS come from configuration
/// (<c>--config FILE</c> or environment variables), never from the command line, where keys would show
/// in process listings.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:5080 (the default, this machine only); several separated by ';'.",
            DefaultValueFactory = _ => ServerApp.DefaultUrls,
        };
        var config = new Option<FileInfo?>("--config")
        {
            Description = "JSON settings file: {\"Annalist\": {\"ApiKeys\": [...], \"RequireKeyForReads\": true, \"CorsOrigins\": [...], \"Limits\": {...}}} (see docs/server.md).",
        };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi.json) and the web workbench over a store.");
        store.AddTo(command);
        command.Options.Add(urls);
        command.Options.Add(config);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(config) is { Exists: false } missing)
            {
                throw new FatalCommandException($"{missing.FullName}: no such settings file");
            }

            try
            {
                var app = ServerApp.Build(
                    [],
                    new Dictionary<string, string?>
                    {
                        [$"{ServerSettings.Section}:Store"] = parsed.GetValue(store.Store),
                        ["urls"] = parsed.GetValue(urls),
                    },
                    parsed.GetValue(config)?.FullName);
                await using (app)
                {
                    await app.StartAsync(cancellationToken);
                    await app.WaitForShutdownAsync(cancellationToken);
                }
            }
            catch (Exception ex) when (ex is ServerConfigurationException or StoreException)
            {
                throw new FatalCommandException(ex.Message);
            }
            catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                throw new FatalCommandException($"cannot listen on {parsed.GetValue(urls)}: the address is already in use (another server runs there; stop it or choose another address with --urls)");
            }
            catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
            {
                throw new FatalCommandException($"cannot listen on {parsed.GetValue(urls)}: {ex.InnerException.Message}");
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or FatalCommandException))
            {
                // Any other failure to start is one line too; the host's own log of it is filtered out (ServerApp).
                throw new FatalCommandException($"the server could not start: {ex.GetType().Name}: {FirstLine(ex.Message)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();
}
