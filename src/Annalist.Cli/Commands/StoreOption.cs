using System.CommandLine;
using Annalist.Storage;
using Annalist.Storage.Merging;

namespace Annalist.Cli.Commands;

/// <summary>The <c>--store</c> option shared by ingest, events, dyads and export: a SQLite file or a postgres:// URL.</summary>
internal sealed class StoreOption
{
    public const string EnvironmentVariable = "ANNALIST_STORE";

    public Option<string> Store { get; } = new("--store", "-s")
    {
        Description = $"The event store: a SQLite file (default annalist.db, or ${EnvironmentVariable}) or postgres://user:password@host:port/database.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : StoreLocation.DefaultPath,
    };

    public StoreOption()
    {
        Store.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            try
            {
                _ = StoreLocation.Parse(value);
            }
            catch (StoreException ex)
            {
                result.AddError(ex.Message);
            }
        });
    }

    public void AddTo(Command command) => command.Options.Add(Store);

    /// <summary>Opens the store; a store that cannot be opened is a fatal error (exit status 3) with its reason.</summary>
    public async Task<IEventStore> OpenAsync(ParseResult parsed, StoreOpenMode mode, MergeRule? rule, CancellationToken cancellationToken)
    {
        try
        {
            return await EventStore.OpenAsync(parsed.GetValue(Store), mode, rule, cancellationToken);
        }
        catch (StoreException ex)
        {
            throw new FatalCommandException(ex.Message);
        }
    }
}
