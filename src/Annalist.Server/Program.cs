using Annalist.Server;
using Annalist.Server.Configuration;
using Annalist.Storage;

// The server on its own: dotnet Annalist.Server.dll [--store PATH|postgres://…] [--urls URL]. `annalist serve` is the usual way in.
try
{
    var app = ServerApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is ServerConfigurationException or StoreException)
{
    await Console.Error.WriteLineAsync($"annalist-server: {ex.Message}");
    return 3;
}

/// <summary>The entry point, named so tests can host the server with WebApplicationFactory.</summary>
public partial class Program;
