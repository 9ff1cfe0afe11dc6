using Annalist.Server.Configuration;
using Annalist.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Annalist.Server.Hosting;

/// <summary>
/// The event store the server answers from: opened (created or migrated when needed) when the server
/// starts, so a store that cannot be opened stops it at once with the store's own message, and closed
/// when the server stops. Logs the location with any password removed, once the server listens (a
/// server that cannot listen prints only why).
/// </summary>
public sealed class ServedStore(ServerSettings settings, ILogger<ServedStore> logger, IHostApplicationLifetime lifetime) : IHostedService, IAsyncDisposable
{
    private IEventStore? store;

    public IEventStore Store => store ?? throw new InvalidOperationException("the event store is not open (the server has not started)");

    public StoreKind Kind => settings.Store.Kind;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        store = await EventStore.OpenAsync(settings.Store, StoreOpenMode.CreateOrMigrate, null, cancellationToken);
        lifetime.ApplicationStarted.Register(() =>
            logger.LogInformation("Serving the {Kind} event store {Store}", settings.Store.Kind.ToString().ToLowerInvariant(), settings.Store.ToString()));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
            store = null;
        }
    }
}
