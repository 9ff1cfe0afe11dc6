using System.CommandLine;
using Annalist.Cli.Output;
using Annalist.Storage;
using Annalist.Storage.Export;

namespace Annalist.Cli.Commands;

/// <summary>`annalist export`: stored events as PLOVER JSON Lines, GDELT 2.0 Events or Mentions tab files, or CSV.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "plover-jsonl (PLOVER field names), gdelt-events (61 tab-separated GDELT 2.0 Event columns), gdelt-mentions (16 GDELT 2.0 Mentions columns) or csv.",
            DefaultValueFactory = _ => "plover-jsonl",
        };
        format.AcceptOnlyFromAmong([.. EventExport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var header = new Option<bool>("--header") { Description = "Start GDELT files with a line of column names (GDELT's own files have none)." };
        var command = new Command("export", "Export stored events in exchange formats: PLOVER, GDELT 2.0 Events and Mentions, CSV.");
        store.AddTo(command);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(header);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var query = filters.Build(parsed);
            var kind = parsed.GetValue(format)!;
            await using var eventStore = await store.OpenAsync(parsed, StoreOpenMode.Existing, null, cancellationToken);
            StreamWriter writer;
            try
            {
                writer = OutputFormat.Open(parsed.GetValue(output));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new FatalCommandException($"cannot write {parsed.GetValue(output)}: {ex.Message}");
            }

            await using (writer)
            {
                await EventExport.WriteAsync(eventStore.QueryEventsAsync(query, includeMentions: true, cancellationToken), writer.BaseStream, kind, parsed.GetValue(header), cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
