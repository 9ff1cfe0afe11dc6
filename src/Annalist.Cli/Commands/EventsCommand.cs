using System.CommandLine;
using Annalist.Cli.Output;
using Annalist.Storage;
using Annalist.Storage.Export;

namespace Annalist.Cli.Commands;

/// <summary>`annalist events`: the stored events matching the filters, in date order, as a table, JSON Lines (with every report and its evidence) or CSV.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = OutputFormat.Create();
        var command = new Command("events", "List stored events: merged across articles, with counts, claims and evidence.");
        store.AddTo(command);
        filters.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var query = filters.Build(parsed);
            await using var eventStore = await store.OpenAsync(parsed, StoreOpenMode.Existing, null, cancellationToken);
            await using var output = OutputFormat.Open();
            var kind = OutputFormat.Chosen(parsed, format);
            var table = kind == "table" ? new EventTable(output, TerminalLayout.ForStandardOutput()) : null;
            if (kind == "csv")
            {
                EventCsv.WriteHeader(output);
            }

            table?.WriteHeader();
            using var json = new JsonOutput(output.BaseStream);
            await foreach (var e in eventStore.QueryEventsAsync(query, includeMentions: true, cancellationToken))
            {
                switch (kind)
                {
                    case "jsonl":
                        json.WriteLine(writer => StoredEventJson.Write(e, writer));
                        break;
                    case "csv":
                        EventCsv.Write(e, output);
                        break;
                    default:
                        table!.Write(e);
                        break;
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
