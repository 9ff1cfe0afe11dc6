using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats.Json;

/// <summary>
/// Writes a document's sentences and tokens as one JSON object (one line of JSON Lines): offsets are
/// UTF-16 positions in the original text; tag, lemma and dependency fields appear once those layers exist.
/// </summary>
public static class DocumentJsonWriter
{
    public static void Write(Document document, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("doc_id", document.Metadata.Id);
        if (document.Metadata.Title is { } title)
        {
            json.WriteString("title", title);
        }

        if (document.Metadata.PublicationDate is { } date)
        {
            json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("index", sentence.Index);
            json.WriteNumber("start", sentence.Range.Start);
            json.WriteNumber("end", sentence.Range.End);
            json.WriteString("text", document.Text.AsSpan(sentence.Range.Start, sentence.Range.Length));
            json.WriteStartArray("tokens");
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", t - sentence.Tokens.Start + 1);
                json.WriteNumber("start", document.TokenStart(t));
                json.WriteNumber("end", document.TokenEnd(t));
                json.WriteString("form", document.FormSpan(t));
                WriteIfPresent(json, "lemma", document.Lemma(t));
                WriteIfPresent(json, "upos", document.Upos(t));
                WriteIfPresent(json, "xpos", document.Xpos(t));
                WriteIfPresent(json, "feats", document.Feats(t));
                if (document.Deprel(t) is { } deprel)
                {
                    var head = document.Head(t);
                    json.WriteNumber("head", head < 0 ? 0 : head - sentence.Tokens.Start + 1);
                    json.WriteString("deprel", deprel);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
