using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Queue;

namespace Annalist.Cli.Commands;

/// <summary>`annalist queue status` (pending, in flight, redelivered, dead-lettered) and `annalist queue dead` (the dead letters with their reasons).</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var command = new Command("queue", "Look at the work queue fed by enqueue and drained by workers.");
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Dead());
        return command;
    }

    private static Command Status()
    {
        var queueOption = new QueueOption();
        var json = new Option<bool>("--json") { Description = "One JSON object instead of text." };
        var command = new Command("status", "Documents pending (not yet delivered), in flight (delivered, not yet acknowledged), redelivered, and dead-lettered.");
        queueOption.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var queue = await queueOption.OpenAsync(parsed, cancellationToken);
            QueueStatus status;
            try
            {
                status = await queue.StatusAsync(cancellationToken);
            }
            catch (QueueException ex)
            {
                throw new FatalCommandException(ex.Message);
            }

            if (parsed.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    queue = queue.Location.ToString(),
                    pending = status.Pending,
                    in_flight = status.InFlight,
                    redelivered = status.Redelivered,
                    dead_lettered = status.DeadLettered,
                    stream_messages = status.StreamMessages,
                    waiting_workers = status.WaitingWorkers,
                }));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queue          {queue.Location}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pending        {status.Pending:N0}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in flight      {status.InFlight:N0}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redelivered    {status.Redelivered:N0}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dead-lettered  {status.DeadLettered:N0}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workers        {status.WaitingWorkers:N0} waiting for documents"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Dead()
    {
        var queueOption = new QueueOption();
        var command = new Command("dead", "The documents given up on, one JSON object per line: sequence, reason, deliveries, id and the message as published.");
        queueOption.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var queue = await queueOption.OpenAsync(parsed, cancellationToken);
            await foreach (var letter in queue.ReadDeadLettersAsync(cancellationToken))
            {
                var message = Encoding.UTF8.GetString(letter.Data);
                Console.WriteLine(JsonSerializer.Serialize(new { sequence = letter.OriginalSequence, reason = letter.Reason, deliveries = letter.Deliveries, message }));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
