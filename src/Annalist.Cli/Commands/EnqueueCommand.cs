using System.CommandLine;
using System.Globalization;
using Annalist.Pipeline;
using Annalist.Queue;
using Annalist.Storage.Documents;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist enqueue`: reads documents as ingest does (same inputs, same bad-input rules) and
/// publishes each to the work queue once, its message id the fingerprint the store knows it by
/// (the SHA-256 of its normalised text), so JetStream drops a repeat within its duplicate window
/// and the store skips one after it.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var input = new InputArguments();
        var queueOption = new QueueOption();
        var progress = new Option<string>("--progress") { Description = "auto (a progress line every second on a terminal, else a summary only), plain (summary only) or lines (a progress line every second).", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "plain", "lines");
        var command = new Command("enqueue", "Read documents (files, directories, feeds, standard input) and put them on the work queue for `annalist worker`.");
        input.AddTo(command);
        queueOption.AddTo(command);
        command.Options.Add(progress);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var queue = await queueOption.OpenAsync(parsed, cancellationToken);
            var reporter = new ProblemReporter(Console.Error);
            var mode = parsed.GetValue(progress);
            var live = mode == "lines" || (mode == "auto" && !Console.IsErrorRedirected);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var lastLine = TimeSpan.Zero;
            int published = 0, repeats = 0;
            string Line() => string.Create(CultureInfo.InvariantCulture,
                $"{reporter.Records:N0} read, {published:N0} published, {repeats:N0} already on the queue (same fingerprint), {reporter.Failed:N0} failed; {reporter.Records / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0} docs/s");
            foreach (var record in input.CreateReader(parsed).Read(input.Paths(parsed)))
            {
                reporter.Report(new PipelineResult(record, record.Document, record.Problems));
                if (record.Document is { } document)
                {
                    try
                    {
                        if (await queue.PublishAsync(DocumentMessage.Encode(document), DocumentKey.Of(document).TextHash, cancellationToken))
                        {
                            published++;
                        }
                        else
                        {
                            repeats++;
                        }
                    }
                    catch (Exception ex) when (ex is QueueException or NATS.Client.Core.NatsException)
                    {
                        throw new FatalCommandException($"publishing failed after {published:N0} document(s) (a re-run publishes only the rest): {ex.Message}");
                    }
                }

                if (live && clock.Elapsed - lastLine >= TimeSpan.FromSeconds(1))
                {
                    lastLine = clock.Elapsed;
                    await Console.Error.WriteLineAsync($"enqueue: {Line()}");
                }
            }

            await Console.Error.WriteLineAsync($"enqueue: into {queue.Location}: {Line()}, {clock.Elapsed.TotalSeconds:F1} s");
            return reporter.ExitCode;
        });
        return command;
    }
}
