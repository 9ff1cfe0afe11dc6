using System.CommandLine;
using Annalist.Storage.Merging;

namespace Annalist.Cli.Commands;

/// <summary>The options that set the merge rule, shared by every command that writes to the store (ingest, worker).</summary>
internal sealed class MergeOptions
{
    private readonly Option<bool> noMerge = new("--no-merge") { Description = "Store every report as its own event (no merging across articles)." };
    private readonly Option<string> mergeActors = new("--merge-actors") { Description = "Merge reports whose actors have the same country (country) or the same full code (code).", DefaultValueFactory = _ => "country" };
    private readonly Option<string> mergeCameo = new("--merge-cameo") { Description = "CAMEO codes that may merge: prefix (07 with 072), root (same two digits) or any.", DefaultValueFactory = _ => "prefix" };
    private readonly Option<int> mergeSlack = new("--merge-slack") { Description = "Days of tolerance around each report's date window.", DefaultValueFactory = _ => MergeRule.Default.SlackDays };
    private readonly Option<int> mergeBefore = new("--merge-before") { Description = "Days before its date that an undated or 'recent' report may refer to.", DefaultValueFactory = _ => MergeRule.Default.BeforeDays };

    public MergeOptions()
    {
        mergeActors.AcceptOnlyFromAmong("code", "country");
        mergeCameo.AcceptOnlyFromAmong("prefix", "root", "any");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(noMerge);
        command.Options.Add(mergeActors);
        command.Options.Add(mergeCameo);
        command.Options.Add(mergeSlack);
        command.Options.Add(mergeBefore);
    }

    public MergeRule Rule(ParseResult parsed) => MergeRule.Default with
    {
        Enabled = !parsed.GetValue(noMerge),
        ActorMatch = parsed.GetValue(mergeActors) == "code" ? ActorMatch.Code : ActorMatch.Country,
        CameoMatch = parsed.GetValue(mergeCameo) switch { "root" => CameoMatch.Root, "any" => CameoMatch.Any, _ => CameoMatch.Prefix },
        SlackDays = Math.Max(0, parsed.GetValue(mergeSlack)),
        BeforeDays = Math.Max(0, parsed.GetValue(mergeBefore)),
    };
}
