using System.CommandLine;
using Annalist.DataFiles;
using Annalist.Knowledge;

namespace Annalist.Cli.Commands.Knowledge;

/// <summary>The options that add a user's knowledge files over the shipped knowledge (shared by the lookup and check commands).</summary>
internal sealed class KnowledgeOptions
{
    public Option<string?> Config { get; } = new("--knowledge-config") { Description = "A JSON file naming overlay files: {\"actors\": [...], \"agents\": [...], \"media\": [...], \"places\": [...], \"discards\": [...], \"verbs\": \"...\", \"replace\": false}." };

    public Option<string[]> Actors { get; } = new("--actors") { Description = "Actor overlay: a PETRARCH actor dictionary (.txt) or a TSV (phrase|aliases, code, kind, from, to, note). Repeatable.", AllowMultipleArgumentsPerToken = false };

    public Option<string[]> Agents { get; } = new("--agents") { Description = "Agent overlay: a PETRARCH agent dictionary (.txt) or a TSV (phrase|aliases, ~CODE or CODE~, note). Repeatable." };

    public Option<string[]> Media { get; } = new("--media") { Description = "Media overlay TSV: name|aliases, country (ISO3), note. Repeatable." };

    public Option<string[]> Places { get; } = new("--places") { Description = "Places overlay TSV: name|aliases, lat, lon, country (ISO3), admin1, population, feature code. Repeatable." };

    public Option<string[]> Discards { get; } = new("--discards") { Description = "A PETRARCH discard list. Repeatable." };

    public Option<string?> Verbs { get; } = new("--verbs") { Description = "A CAMEO.2.0-format verb dictionary; its blocks replace shipped blocks of the same name." };

    public Option<bool> Replace { get; } = new("--replace") { Description = "Use only the given actor, agent, verb and discard files (as PETRARCH does), not the shipped ones." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Config, Actors, Agents, Media, Places, Discards, Verbs, Replace })
        {
            command.Options.Add(option);
        }
    }

    public KnowledgeOverlayOptions Overlay(ParseResult parsed)
    {
        var options = new KnowledgeOverlayOptions
        {
            Actors = parsed.GetValue(Actors) ?? [],
            Agents = parsed.GetValue(Agents) ?? [],
            Media = parsed.GetValue(Media) ?? [],
            Places = parsed.GetValue(Places) ?? [],
            Discards = parsed.GetValue(Discards) ?? [],
            Verbs = parsed.GetValue(Verbs),
            Replace = parsed.GetValue(Replace),
        };
        return parsed.GetValue(Config) is { } config ? KnowledgeOverlayOptions.FromConfigFile(config).Plus(options) : options;
    }

    /// <summary>The shipped knowledge with the overlay the options name (problems in its files go to standard error).</summary>
    public KnowledgeBase Load(ParseResult parsed, TextWriter error)
    {
        var knowledge = KnowledgeBase.Load(DataDirectory.Default);
        var overlayOptions = Overlay(parsed);
        if (overlayOptions.IsEmpty)
        {
            return knowledge;
        }

        var overlay = KnowledgeOverlay.Read(overlayOptions, knowledge.Actors.Codes, knowledge.Verbs.Synsets);
        foreach (var problem in overlay.Report.Problems)
        {
            error.WriteLine($"annalist: {problem}");
        }

        return knowledge.WithOverlay(overlay);
    }
}
