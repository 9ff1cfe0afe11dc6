using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Annalist.DataFiles;
using Annalist.Knowledge;
using Annalist.Knowledge.Compiled;
using Annalist.Knowledge.Import;

namespace Annalist.Cli.Commands.Knowledge;

/// <summary>`annalist knowledge import|build|stats|check`: regenerate, compile, measure and check the knowledge.</summary>
internal static class KnowledgeCommand
{
    public static Command Create()
    {
        var command = new Command("knowledge", "Regenerate, compile, measure and check the knowledge (actors, agents, verbs, places, ontology).");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Stats());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Option<string?> DataOption() => new("--data") { Description = "The data directory (default: data/ of the repository the working directory is in, else the one beside the binary)." };

    /// <summary>data/ of the enclosing repository (where sources are edited), else the default data directory.</summary>
    internal static string DataRoot(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Annalist.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "data")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return DataDirectory.Default.Root;
    }

    private static Command Import()
    {
        var shared = new Argument<string>("shared-data") { Description = "The shared raw material (../shared/data)." };
        var data = DataOption();
        var command = new Command("import", "Regenerate the text sources under data/knowledge from the shared raw material (PETRARCH2, countries, Factbook, GeoNames, CAMEO, PLOVER).");
        command.Arguments.Add(shared);
        command.Options.Add(data);
        command.SetAction(parsed =>
        {
            var from = parsed.GetValue(shared)!;
            if (!Directory.Exists(from))
            {
                throw new FatalCommandException($"{from}: no such directory");
            }

            var output = Path.Combine(DataRoot(parsed.GetValue(data)), "knowledge");
            foreach (var file in new KnowledgeImporter(from, output).Run())
            {
                Console.WriteLine($"wrote knowledge/{file}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Build()
    {
        var data = DataOption();
        var command = new Command("build", "Compile data/knowledge/knowledge.bin from the text sources under data/knowledge and update its manifest.");
        command.Options.Add(data);
        command.SetAction(parsed =>
        {
            var directory = Path.Combine(DataRoot(parsed.GetValue(data)), "knowledge");
            var watch = Stopwatch.StartNew();
            var knowledge = KnowledgeBuilder.Build(directory);
            var binary = Path.Combine(directory, "knowledge.bin");
            using (var stream = File.Create(binary))
            {
                KnowledgeBinary.Write(knowledge, stream);
            }

            KnowledgeManifest.Write(directory, knowledge);
            Console.WriteLine($"compiled {binary} ({new FileInfo(binary).Length:N0} bytes) in {watch.Elapsed.TotalSeconds:0.0} s; sha256 {DataManifest.HashFile(binary)}");
            Console.WriteLine($"{knowledge.Report.Files.Sum(f => f.Loaded):N0} entries loaded, {knowledge.Report.TotalSkipped:N0} lines skipped (see `annalist knowledge stats --problems`)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Stats()
    {
        var problems = new Option<bool>("--problems") { Description = "Also list every skipped or odd source line as file:line: problem: text." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("stats", "Load the compiled knowledge and print the load time, the memory it holds, and per-file counts loaded and skipped.");
        command.Options.Add(problems);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            var knowledge = KnowledgeBase.Load(DataDirectory.Default);
            var seconds = watch.Elapsed.TotalSeconds;
            var held = GC.GetTotalMemory(forceFullCollection: true) - before;
            var workingSet = Process.GetCurrentProcess().WorkingSet64;
            var figures = new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["load_seconds"] = Math.Round(seconds, 3),
                ["managed_bytes_held"] = held,
                ["working_set_bytes"] = workingSet,
                ["compiled_bytes"] = new FileInfo(DataDirectory.Default.PathOf("knowledge", "knowledge.bin")).Length,
                ["version"] = knowledge.Version,
                ["actor_entries"] = knowledge.Actors.Count,
                ["actor_phrases"] = knowledge.Actors.Index.Layers.Sum(l => l.Trie.PhraseCount),
                ["agent_entries"] = knowledge.Agents.Count,
                ["places"] = knowledge.Places.Count,
                ["place_names"] = knowledge.Places.Index.Layers.Sum(l => l.Trie.PhraseCount),
                ["verb_blocks"] = knowledge.Verbs.Blocks.Count,
                ["verbs"] = knowledge.Verbs.VerbCount,
                ["verb_patterns"] = knowledge.Verbs.PatternCount,
                ["synsets"] = knowledge.Verbs.Synsets.Count,
                ["transformations"] = knowledge.Verbs.Transformations.Count,
                ["discards"] = knowledge.Discards.Count,
                ["countries"] = knowledge.Countries.Count,
                ["cameo_codes"] = knowledge.Ontology.CameoTypes.Count,
                ["plover_event_types"] = knowledge.Ontology.PloverTypes.Count,
                ["plover_contexts"] = knowledge.Ontology.PloverContexts.Count,
                ["cameo_plover_lines"] = knowledge.Ontology.Mappings.Count,
            };
            if (parsed.GetValue(json))
            {
                var files = knowledge.Report.Files.Select(f => new { file = f.File, kind = f.Kind, loaded = f.Loaded, skipped = f.Skipped, warnings = f.Warnings }).ToList();
                Console.WriteLine(JsonSerializer.Serialize(new { figures, files }, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                foreach (var (name, value) in figures)
                {
                    Console.WriteLine($"{name,-22} {Convert.ToString(value, CultureInfo.InvariantCulture)}");
                }

                Console.WriteLine();
                TextTable.Write(Console.Out, ["file", "kind", "loaded", "skipped", "warnings"], [.. knowledge.Report.Files.Select(f => new[]
                {
                    f.File, f.Kind, f.Loaded.ToString(CultureInfo.InvariantCulture), f.Skipped.ToString(CultureInfo.InvariantCulture), f.Warnings.ToString(CultureInfo.InvariantCulture),
                })]);
            }

            if (parsed.GetValue(problems))
            {
                foreach (var problem in knowledge.Report.Problems)
                {
                    Console.WriteLine(problem);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check()
    {
        var knowledge = new KnowledgeOptions();
        var command = new Command("check", "Read your own knowledge files (PETRARCH dictionaries or TSV) and report, with file and line, every line that cannot be used. Exit status 1 when lines were skipped.");
        knowledge.AddTo(command);
        command.SetAction(parsed =>
        {
            var options = knowledge.Overlay(parsed);
            if (options.IsEmpty)
            {
                throw new FatalCommandException("name the files to check with --actors, --agents, --media, --places, --discards, --verbs or --knowledge-config");
            }

            var shipped = KnowledgeBase.Load(DataDirectory.Default);
            var overlay = KnowledgeOverlay.Read(options, shipped.Actors.Codes, shipped.Verbs.Synsets);
            TextTable.Write(Console.Out, ["file", "kind", "loaded", "skipped", "warnings"], [.. overlay.Report.Files.Select(f => new[]
            {
                f.File, f.Kind, f.Loaded.ToString(CultureInfo.InvariantCulture), f.Skipped.ToString(CultureInfo.InvariantCulture), f.Warnings.ToString(CultureInfo.InvariantCulture),
            })]);
            foreach (var problem in overlay.Report.Problems)
            {
                Console.WriteLine(problem);
            }

            return overlay.Report.TotalSkipped > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Success;
        });
        return command;
    }
}
