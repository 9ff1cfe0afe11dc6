using System.Globalization;
using Annalist.Coding;
using Annalist.Coding.Knowledge;
using Annalist.Composition;
using Annalist.Documents;
using Annalist.Evaluation;
using Annalist.Evaluation.Petrarch;
using Annalist.Evaluation.Plover;
using Annalist.Evaluation.Seed;
using Annalist.Events;
using Annalist.Knowledge;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands.Eval;

/// <summary>Runs the coder over the three reference sets and prints their scores.</summary>
internal static class CoderEvaluation
{
    public static SeedScore Seed(string shared, TextWriter output, bool verbose, bool fast = false)
    {
        var article = SharedLocation.Require(shared, "samples/seed/article.txt");
        var expectations = SeedExpectations.Load(SharedLocation.Require(shared, "samples/seed/expected.json"));
        var text = File.ReadAllText(article);
        var document = new Document(text, new DocumentMetadata { Id = "seed", PublicationDate = expectations.PublicationDate });
        var events = Code(PipelineFactory.Code(fast: fast), document);
        var score = SeedScorer.Score(expectations, text, events);
        output.WriteLine($"seed article: {score.MustFound}/{score.Must.Count} must events, {score.May.Count(m => m.Found)}/{score.May.Count} may events, {score.Violations.Count} must-not readings ({events.Count} events coded)");
        foreach (var check in score.Must.Where(c => verbose || !c.Found))
        {
            output.WriteLine($"  {(check.Found ? "found " : "MISSED")} {check.Expectation.Id}: {(check.Found ? SeedScorer.Describe(check.Match!) : string.Join("; ", check.Problems))}");
        }

        foreach (var (rule, e) in score.Violations)
        {
            output.WriteLine($"  MUST-NOT '{rule.SentenceContains ?? rule.Note}': {SeedScorer.Describe(e)}");
        }

        return score;
    }

    /// <param name="cameo20Verbs">Use the suite's CAMEO-2.0-format verbs file instead of the original one, whose codes the records' expectations follow.</param>
    /// <param name="only">When given, score only the records with this id and show how each of their events was coded.</param>
    public static ValidationSuiteScore Petrarch(string shared, TextWriter output, bool verbose, bool cameo20Verbs = false, string? only = null)
    {
        var directory = Path.Combine(shared, "data", "petrarch2");
        var records = ValidationSuiteReader.Read(SharedLocation.Require(shared, "data/petrarch2/PETR.UnitTest.records.xml"));
        if (only is not null)
        {
            records = records.Where(r => r.Id.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var knowledge = KnowledgeBuilder.FromPetrarch(
            PipelineFactory.DefaultKnowledge,
            Path.Combine(directory, "PETR.Validate.actors.txt"),
            Path.Combine(directory, "PETR.Validate.agents.txt"),
            Path.Combine(directory, cameo20Verbs ? "PETR.Validate.verbs.2.0.txt" : "PETR.Validate.verbs.txt"),
            Path.Combine(directory, "PETR.Validate.discards.txt"));
        var strict = Build(knowledge, requireDyad: true);
        var loose = Build(knowledge, requireDyad: false);
        var score = ValidationSuiteRunner.Run(records, record =>
        {
            var pipeline = IsTrue(record.Options, "require_dyad", defaultValue: true) ? strict : loose;
            var document = new Document(record.Text, new DocumentMetadata { Id = record.Id, PublicationDate = record.Date });
            var events = Code(pipeline, document);
            if (only is not null)
            {
                lock (output)
                {
                    foreach (var e in events)
                    {
                        output.WriteLine($"  {record.Id}: {e.Actor.Code} \"{e.Actor.Text}\" ({e.Actor.Entry}) -> {e.Recipient?.Code ?? "---"} \"{e.Recipient?.Text}\" ({e.Recipient?.Entry}) {e.Cameo} by {e.Rule}, trigger \"{e.Evidence.TriggerText}\", {e.Status}");
                    }
                }
            }

            return events;
        });
        output.WriteLine($"PETRARCH2 validation suite ({(cameo20Verbs ? "CAMEO-2.0-format" : "original")} verbs): {score.Exact}/{score.Records} records exactly right ({(double)score.Exact / Math.Max(1, score.Records):P1}); events {score.Events}");
        foreach (var part in Enum.GetValues<SplitPart>())
        {
            var scored = new ValidationSuiteScore(score.Outcomes.Where(o => DevTestSplit.Of(o.Record.Text) == part).ToList());
            output.WriteLine($"  {DevTestSplit.Name(part),-4} part: {scored.Exact}/{scored.Records} records exactly right ({(double)scored.Exact / Math.Max(1, scored.Records):P1}); events F1 {scored.Events.F1:P1}");
        }

        foreach (var (category, exact, count) in score.ByCategory)
        {
            output.WriteLine($"  {category,-10} {exact,3}/{count,-3}");
        }

        if (verbose)
        {
            foreach (var outcome in score.Scored.Where(o => !o.Exact))
            {
                output.WriteLine($"  WRONG [{DevTestSplit.Name(DevTestSplit.Of(outcome.Record.Text))}] {outcome.Record.Id}: expected [{string.Join("; ", outcome.Record.Expected)}]{(outcome.Record.NoEvents ? " (none)" : string.Empty)} coded [{string.Join("; ", outcome.Coded)}] {outcome.Failure} :: {outcome.Record.Text}");
            }
        }

        return score;
    }

    public static PloverGoldScore Plover(string shared, TextWriter output, bool verbose, bool fast = false)
    {
        var records = PloverGoldReader.Read(SharedLocation.Require(shared, "data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"));
        var pipeline = PipelineFactory.Code(fast: fast);
        var score = PloverGoldEvaluator.Evaluate(records, record =>
            Code(pipeline, new Document(record.Text, new DocumentMetadata { Id = record.Id, PublicationDate = new DateOnly(2000, 1, 1) })));
        output.WriteLine($"PLOVER gold records: event type {score.TypeCorrect}/{score.Records} ({score.TypeAccuracy:P1}), actor and recipient countries {score.DyadCorrect}/{score.Records} ({score.DyadAccuracy:P1}), macro-F1 over types {score.MacroF1():P1}");
        output.WriteLine("  type         gold  found  predicted  precision");
        foreach (var (type, gold, correct, predicted, predictedCorrect) in score.ByType())
        {
            var precision = predicted == 0 ? "-" : ((double)predictedCorrect / predicted).ToString("P0", CultureInfo.InvariantCulture);
            output.WriteLine($"  {type,-12} {gold,4}  {correct,5}  {predicted,9}  {precision,9}");
        }

        if (verbose)
        {
            foreach (var outcome in score.Outcomes.Where(o => !o.TypeCorrect || !o.DyadCorrect))
            {
                output.WriteLine($"  WRONG [{DevTestSplit.Name(DevTestSplit.Of(outcome.Record.Text))}] {outcome.Record.Id}: gold {outcome.GoldType} {string.Join('+', outcome.Record.Sources.Select(s => s.Code))}->{string.Join('+', outcome.Record.Targets.Select(t => t.Code))}, coded {outcome.PredictedType ?? "none"} {outcome.PredictedDyad} :: {outcome.Record.Text}");
            }
        }

        return score;
    }

    private static AnnotationPipeline Build(KnowledgeBase knowledge, bool requireDyad) =>
        PipelineFactory.Code(new CoderOptions { RequireDyad = requireDyad, MergeMentions = false, KeepEventsWithoutPloverType = true, ImplyDomesticTargets = false, DeriveFramedCodes = false, OpenActors = false }, knowledge, fast: true);

    private static IReadOnlyList<CodedEvent> Code(AnnotationPipeline pipeline, Document document) =>
        pipeline.Process(document).GetExtension<DocumentEvents>()?.Events ?? [];

    private static bool IsTrue(IReadOnlyDictionary<string, string> options, string name, bool defaultValue) =>
        options.TryGetValue(name, out var value) ? value.Equals("true", StringComparison.OrdinalIgnoreCase) : defaultValue;
}
