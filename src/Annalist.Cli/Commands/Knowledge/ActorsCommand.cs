using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Knowledge.Actors;

namespace Annalist.Cli.Commands.Knowledge;

/// <summary>`annalist actors lookup TEXT`: what a name codes as on a date, best first, with the dictionary entry and file:line.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The name or phrase to look up, e.g. \"Kim Jong Un\" or \"South Korean national security director Shin Won-sik\"." };
        var date = DateOption.Create();
        var format = OutputFormat.Create();
        var knowledge = new KnowledgeOptions();
        var lookup = new Command("lookup", "Print the actor candidates for a text: code, country, sector, kind, dictionary entry and file:line, validity dates.");
        lookup.Arguments.Add(text);
        lookup.Options.Add(date);
        lookup.Options.Add(format);
        knowledge.AddTo(lookup);
        lookup.SetAction(parsed =>
        {
            var kb = knowledge.Load(parsed, Console.Error);
            var on = parsed.GetValue(date) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var candidates = kb.Actors.Lookup(parsed.GetValue(text)!, on);
            if (OutputFormat.IsJson(parsed.GetValue(format)))
            {
                WriteJson(candidates, Console.OpenStandardOutput());
            }
            else
            {
                WriteTable(candidates, Console.Out);
            }

            return candidates.Count > 0 ? ExitCodes.Success : ExitCodes.SomeRecordsFailed;
        });

        var command = new Command("actors", "Look up actors (countries, people, organisations, media, groups) in the knowledge.");
        command.Subcommands.Add(lookup);
        return command;
    }

    internal static void WriteJson(IReadOnlyList<ActorCandidate> candidates, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var c in candidates)
            {
                json.WriteStartObject();
                json.WriteString("text", c.Text);
                json.WriteString("code", c.Code.Value);
                json.WriteString("country", c.Country);
                json.WriteString("sector", c.Sector);
                json.WriteString("kind", ActorKinds.Name(c.Kind));
                json.WriteString("entry", c.Entry);
                json.WriteString("source", c.Source);
                WriteDate(json, "valid_from", c.ValidFrom);
                WriteDate(json, "valid_to", c.ValidTo);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.Write("\n"u8);
        output.Flush();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteTable(IReadOnlyList<ActorCandidate> candidates, TextWriter output)
    {
        var rows = candidates.Select(c => new[]
        {
            c.Text, c.Code.Value, c.Country, c.Sector, ActorKinds.Name(c.Kind),
            c.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", c.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", c.Entry, c.Source,
        }).ToList();
        TextTable.Write(output, ["text", "code", "country", "sector", "kind", "from", "to", "entry", "source"], rows);
    }
}
