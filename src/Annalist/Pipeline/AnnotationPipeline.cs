using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Annalist.Documents;
using Annalist.Input;

namespace Annalist.Pipeline;

/// <summary>
/// An immutable, thread-safe sequence of stages, built once by <see cref="PipelineBuilder"/> and
/// reused. <see cref="Process"/> is a plain loop over the stages; <see cref="RunAsync"/> processes a
/// stream of inputs on several cores with a bounded number of documents in flight and yields the
/// results in input order. One failing document never stops the others.
/// </summary>
public sealed class AnnotationPipeline
{
    internal AnnotationPipeline(ImmutableArray<IPipelineStage> stages)
    {
        Stages = stages;
    }

    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Runs every stage on the document, in order.</summary>
    public Document Process(Document document)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }

        return document;
    }

    /// <summary>
    /// Processes the inputs in parallel and yields one result per input record, in input order. Input
    /// problems pass through as failed results; an exception inside a stage fails only its document.
    /// </summary>
    public async IAsyncEnumerable<PipelineResult> RunAsync(
        IEnumerable<InputRecord> inputs,
        PipelineRunOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= PipelineRunOptions.Default;
        var workers = Math.Max(1, options.MaxDegreeOfParallelism);
        using var gate = new SemaphoreSlim(workers);
        var inFlight = Channel.CreateBounded<Task<PipelineResult>>(new BoundedChannelOptions(Math.Max(1, options.MaxDocumentsInFlight))
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var input in inputs)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var task = input.Document is null
                            ? Task.FromResult(new PipelineResult(input, null, input.Problems))
                            : ProcessGatedAsync(input, gate, cancellationToken);
                        await inFlight.Writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                    }

                    inFlight.Writer.Complete();
                }
                catch (Exception ex)
                {
                    inFlight.Writer.Complete(ex);
                }
            },
            cancellationToken);

        await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await task.ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }

    /// <summary>Processes one document, turning an unexpected stage failure into a failed result.</summary>
    public PipelineResult ProcessSafely(InputRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = input.Document ?? throw new ArgumentException("The input record holds no document.", nameof(input));
        var stage = "(none)";
        try
        {
            foreach (var s in Stages)
            {
                stage = s.Name;
                s.Process(document);
            }

            return new PipelineResult(input, document, input.Problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var origin = document.Metadata.Origin ?? new SourceLocation(document.Metadata.Id);
            var problem = new InputProblem(origin, $"document '{document.Metadata.Id}' failed in stage '{stage}': {ex.GetType().Name}: {ex.Message}", ProblemSeverity.Error);
            return new PipelineResult(input, null, [.. input.Problems, problem]);
        }
    }

    private async Task<PipelineResult> ProcessGatedAsync(InputRecord input, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => ProcessSafely(input), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
