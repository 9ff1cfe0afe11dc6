using Annalist.Server.Configuration;
using Annalist.Storage;

namespace Annalist.Server;

/// <summary>
/// The server on its own: <c>dotnet Annalist.Server.dll [--store PATH|postgres://…] [--urls URL]</c>
/// (<c>annalist serve</c> is the usual way in). A named class, not top-level statements, so it does
/// not clash with the CLI's <c>Program</c> and tests can host it with WebApplicationFactory.
/// </summary>
public sealed class EntryPoint
{
    private EntryPoint()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        try
        {
            var app = ServerApp.Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ex is ServerConfigurationException or StoreException or Annalist.DataFiles.DataFileException)
        {
            await Console.Error.WriteLineAsync($"annalist-server: {ex.Message}");
            return 3;
        }
    }
}
