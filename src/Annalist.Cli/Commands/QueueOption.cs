using System.CommandLine;
using Annalist.Queue;

namespace Annalist.Cli.Commands;

/// <summary>The <c>--queue</c> option of enqueue, worker and queue: NATS servers and the queue's name.</summary>
internal sealed class QueueOption
{
    public const string EnvironmentVariable = "ANNALIST_QUEUE";

    public Option<string> Queue { get; } = new("--queue", "-q")
    {
        Description = $"The work queue: nats://host:port[,nats://host2:port...][/name] (name default '{QueueLocation.DefaultName}'), or ${EnvironmentVariable}.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(EnvironmentVariable) ?? string.Empty,
    };

    public QueueOption()
    {
        Queue.Validators.Add(result =>
        {
            try
            {
                _ = QueueLocation.Parse(result.GetValueOrDefault<string>());
            }
            catch (QueueException ex)
            {
                result.AddError(ex.Message);
            }
        });
    }

    public void AddTo(Command command) => command.Options.Add(Queue);

    /// <summary>Connects and makes sure the queue's streams exist; a queue that cannot be used is a fatal error (exit status 3) with its reason.</summary>
    public async Task<DocumentQueue> OpenAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        try
        {
            return await DocumentQueue.OpenAsync(QueueLocation.Parse(parsed.GetValue(Queue)), cancellationToken: cancellationToken);
        }
        catch (QueueException ex)
        {
            throw new FatalCommandException(ex.Message);
        }
    }
}
