using System.Text.Json;
using Annalist.Pipeline;
using Annalist.Server.Configuration;
using Annalist.Server.Hosting;
using Annalist.Server.Security;
using Annalist.Storage.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Annalist.Server.Api;

/// <summary>
/// <c>POST /api/documents</c>: codes the posted documents and stores them, as <c>annalist ingest</c>
/// does (same pipeline, same store rules: a document seen before by URL or text is not stored twice,
/// reports of one event are merged). Always needs an API key. The batch is stored in one transaction.
/// </summary>
public static class DocumentEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/documents", IngestAsync).AddEndpointFilter(new ApiKeyFilter(Access.Write));

    private static async Task<IResult> IngestAsync(HttpContext http, AnnotationPipeline pipeline, ServedStore served, ServerSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(http.Request, settings.Limits.MaxIngestBodyBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        if (DocumentBatch.TryRead(http.Request, body!, settings.Limits, out var records) is { } invalid)
        {
            return invalid;
        }

        var results = new List<PipelineResult>(records.Count);
        await foreach (var result in pipeline.RunAsync(records, cancellationToken: cancellationToken))
        {
            results.Add(result);
        }

        var coded = results.Where(r => r.Document is not null).Select(r => IngestDocument.From(r.Document!)).ToList();
        var outcomes = await served.Store.IngestAsync(coded, cancellationToken);
        var failed = results.Count(r => r.Document is null);
        if (failed > 0)
        {
            loggers.CreateLogger(typeof(DocumentEndpoint)).LogError("coding failed for {Failed} posted document(s): {Problems}", failed,
                string.Join("; ", results.Where(r => r.Document is null).SelectMany(r => r.Problems).Select(p => p.Message)));
        }

        return new JsonResponse(json => Write(results, outcomes, json));
    }

    private static void Write(List<PipelineResult> results, IReadOnlyList<IngestOutcome> outcomes, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("documents");
        var next = 0;
        foreach (var result in results)
        {
            json.WriteStartObject();
            if (result.Document is null)
            {
                json.WriteString("doc_id", result.Input.Document?.Metadata.Id);
                json.WriteString("status", "failed");
                json.WriteString("detail", "The coder failed on this document; the server log has the reason.");
            }
            else
            {
                var outcome = outcomes[next++];
                json.WriteString("doc_id", outcome.DocumentId);
                json.WriteString("status", outcome.Status switch
                {
                    IngestStatus.Stored => "stored",
                    IngestStatus.DuplicateUrl => "duplicate_url",
                    IngestStatus.Failed => "failed",
                    _ => "duplicate_text",
                });
                if (outcome.Error is { } error)
                {
                    json.WriteString("detail", $"The store refused this document: {error}");
                }

                json.WriteNumber("store_id", outcome.StoreId);
                json.WriteNumber("new_events", outcome.NewEvents);
                json.WriteNumber("merged_events", outcome.MergedEvents);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("stored", outcomes.Count(o => o.Stored));
        json.WriteNumber("duplicates", outcomes.Count(o => o.Status is IngestStatus.DuplicateUrl or IngestStatus.DuplicateText));
        json.WriteNumber("failed", results.Count(r => r.Document is null) + outcomes.Count(o => o.Status == IngestStatus.Failed));
        json.WriteEndObject();
    }
}
