using System.CommandLine;
using System.Globalization;
using Annalist.Cli.Output;
using Annalist.Storage;
using Annalist.Storage.Export;
using Annalist.Storage.Query;

namespace Annalist.Cli.Commands;

/// <summary>`annalist dyads`: per dyad and period, the number of events, mentions, the Goldstein sum and the QuadClass counts — the series analysts plot.</summary>
internal static class DyadsCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var filters = new EventFilterOptions();
        var format = OutputFormat.Create();
        var by = new Option<string>("--by") { Description = "Period: day, week (starting Monday) or month.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var level = new Option<string>("--level") { Description = "Dyads of actor countries (country) or of full codes (code).", DefaultValueFactory = _ => "country" };
        level.AcceptOnlyFromAmong("country", "code");
        var command = new Command("dyads", "Count stored events per dyad and period, with Goldstein sums and QuadClass counts.");
        store.AddTo(command);
        filters.AddTo(command, withLimit: false);
        command.Options.Add(by);
        command.Options.Add(level);
        command.Options.Add(format);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var query = filters.Build(parsed);
            var period = parsed.GetValue(by) switch { "day" => DyadPeriod.Day, "week" => DyadPeriod.Week, _ => DyadPeriod.Month };
            var dyadLevel = parsed.GetValue(level) == "code" ? DyadLevel.Code : DyadLevel.Country;
            await using var eventStore = await store.OpenAsync(parsed, StoreOpenMode.Existing, null, cancellationToken);
            await using var output = OutputFormat.Open();
            var kind = OutputFormat.Chosen(parsed, format);
            using var json = new JsonOutput(output.BaseStream);
            if (kind == "csv")
            {
                EventCsv.WriteRow(output, ["actor", "recipient", "period", "events", "mentions", "goldstein_sum", "quad1_verbal_cooperation", "quad2_material_cooperation", "quad3_verbal_conflict", "quad4_material_conflict"]);
            }
            else if (kind == "table")
            {
                output.WriteLine($"{"ACTOR",-9} {"RECIPIENT",-9} {"PERIOD",-10} {"EVENTS",7} {"MENTIONS",8} {"GOLDSTEIN",10} {"Q1",6} {"Q2",6} {"Q3",6} {"Q4",6}");
            }

            await foreach (var row in eventStore.QueryDyadsAsync(query, period, dyadLevel, cancellationToken))
            {
                var periodText = Period(row.PeriodStart, period);
                switch (kind)
                {
                    case "jsonl":
                        json.WriteLine(w => DyadRowJson.Write(row, period, w));
                        break;
                    case "csv":
                        EventCsv.WriteRow(output,
                        [
                            row.Actor, row.Recipient, periodText, Invariant(row.Events), Invariant(row.Mentions), row.GoldsteinSum.ToString("0.###", CultureInfo.InvariantCulture),
                            Invariant(row.VerbalCooperation), Invariant(row.MaterialCooperation), Invariant(row.VerbalConflict), Invariant(row.MaterialConflict),
                        ]);
                        break;
                    default:
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{Show(row.Actor),-9} {Show(row.Recipient),-9} {periodText,-10} {row.Events,7} {row.Mentions,8} {row.GoldsteinSum,10:0.0} {row.VerbalCooperation,6} {row.MaterialCooperation,6} {row.VerbalConflict,6} {row.MaterialConflict,6}"));
                        break;
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"2024-11" for a month, the Monday "2024-11-18" for a week, the day otherwise.</summary>
    private static string Period(DateOnly start, DyadPeriod period) =>
        start.ToString(period == DyadPeriod.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Show(string code) => code.Length == 0 ? "-" : code;
}
