using System.Globalization;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Server.Api;

/// <summary>
/// The answer of <c>POST /api/code</c>: the document's id, title, date and sentence offsets, its events
/// as the records of <c>annalist code</c> (<see cref="EventJson"/>, field for field), and the warnings met.
/// </summary>
public static class CodedDocumentJson
{
    public static IReadOnlyList<CodedEvent> Events(Document document) => document.GetExtension<DocumentEvents>()?.Events ?? [];

    public static void Write(PipelineResult result, Document document, Utf8JsonWriter json)
    {
        var metadata = document.Metadata;
        json.WriteStartObject();
        json.WriteString("doc_id", metadata.Id);
        json.WriteString("title", metadata.Title);
        json.WriteString("publication_date", metadata.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("text_length", document.Text.Length);
        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("start", sentence.Range.Start);
            json.WriteNumber("end", sentence.Range.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in Events(document))
        {
            EventJson.Write(e, json);
        }

        json.WriteEndArray();
        json.WriteStartArray("problems");
        foreach (var problem in result.AllProblems())
        {
            json.WriteStartObject();
            json.WriteString("severity", problem.Severity == ProblemSeverity.Warning ? "warning" : "error");
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
