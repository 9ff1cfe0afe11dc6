using System.Globalization;
using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Evaluation;
using Annalist.Evaluation.Plv;
using Annalist.Events;

namespace Annalist.Cli.Commands.Eval;

/// <summary>
/// <c>annalist eval plv</c>: root macro-F1, accuracy and the per-root table on PLV sentences, end to end (the
/// coder must link the marked pair; its type is scored) or with the pair given (the model types the marked
/// pair). With <c>--folds K --models DIR</c> each sentence is scored with the model of its fold
/// (<see cref="PlvFolds"/>), trained by <c>scripts/train-events --folds K --fold-models DIR</c> without it.
/// </summary>
internal static class PlvEvaluation
{
    private static readonly double[] Grid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01];
    private static readonly double[] DoubtGrid = [0, 0.02, 0.05, 0.1, 0.2, 0.3];
    private static readonly double[] SelectGrid = [EventTypingStage.MinSelection, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

    /// <summary>The column heads of every threshold table: the values of <see cref="Grid"/>.</summary>
    private static readonly string GridHeader = "         " + string.Concat(Grid.Select(g => g.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(7)));

    public sealed record Settings(string File, int Folds, string? Models, bool PairGiven, bool Fast, bool Verbose)
    {
        /// <summary>The shared material, for the treebank sentences the pair selector learns "no pair" from.</summary>
        public string Shared { get; init; } = string.Empty;

        /// <summary>Where to write the unmarked pairs the coder could ask about, as NONE training pairs (null: nowhere).</summary>
        public string? NonePairs { get; init; }

        /// <summary>Also write the pairs the coder itself forms that link each sentence's marked pair, labelled with its gold root (<see cref="WriteLinkedPairs"/>).</summary>
        public string? LinkedPairs { get; init; }
    }

    public static PlvScore Run(Settings settings, TextWriter output)
    {
        var problems = new List<string>();
        var records = PlvReader.Read(settings.File, problems);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        var typing = PipelineFactory.DefaultTyping;
        if ((settings.PairGiven || !settings.Fast) && typing is null)
        {
            throw new FatalCommandException($"the event-typing model is not installed ({DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}); use --fast for the rules alone");
        }

        var models = FoldModels(settings, typing?.Model);
        // The sentences scored are those of the folds with a model; the pair selectors of the folds learn from all the others.
        bool IsScored(PlvRecord r) => settings.Folds == 0 || models[PlvFolds.Of(r.Id, settings.Folds)] is not null;
        var scored = records.Where(IsScored).ToList();
        if (settings.Folds > 0 && models.Any(m => m is null))
        {
            var present = Enumerable.Range(0, settings.Folds).Where(k => models[k] is not null).ToList();
            output.WriteLine($"note: only folds {string.Join(", ", present)} have a model in {settings.Models}; scoring their {scored.Count} sentences.");
        }

        if (settings.Folds == 0 && !settings.Fast)
        {
            output.WriteLine("note: the shipped model was trained on PLV_train; without --folds this measures how well it fits its training data, not how it generalises.");
        }

        var description = settings.Fast ? "rules only (--fast)" : settings.Folds > 0 ? $"{settings.Folds}-fold cross-validated models from {settings.Models}" : "the shipped model";
        if (settings.PairGiven)
        {
            var score = new PlvScore();
            foreach (var group in scored.GroupBy(r => settings.Folds > 0 ? PlvFolds.Of(r.Id, settings.Folds) : 0))
            {
                var model = models[group.Key]!;
                var list = group.ToList();
                var probabilities = model.Predict(list.Select(r => model.Encoder.Encode(r.Text, r.Source, r.Target)).ToList());
                for (var i = 0; i < list.Count; i++)
                {
                    var best = LikeliestRoot(probabilities[i]);
                    score.Add(list[i].GoldRoot, model.Labels[best], list[i].Part);
                    if (settings.Verbose && model.Labels[best] != list[i].GoldRoot)
                    {
                        output.WriteLine($"  WRONG [{DevTestSplit.Name(list[i].Part)}] {list[i].Id}: gold {list[i].GoldRoot}, model {model.Labels[best]} ({probabilities[i][best].ToString("0.00", CultureInfo.InvariantCulture)})");
                    }
                }
            }

            Print(output, $"PLV pair given, {description}", score);
            return score;
        }

        var rules = PipelineFactory.Code(fast: true);
        var allDocuments = records.Select(r => rules.Process(new Document(r.Text, new DocumentMetadata { Id = r.Id }))).ToList();
        var selectors = settings.Fast || settings.Folds == 0 ? [] : PairSelectionData.FoldSelectors(settings.Folds, records, allDocuments, PairSelectionData.NoneExamples(settings.Shared, rules, output), output);
        var documents = allDocuments.Where((_, n) => IsScored(records[n])).ToList();
        records = scored;
        var stages = models.Select((m, k) => m is null ? null : PipelineFactory.TypingStage(m, typing!.Value.Types, selector: k < selectors.Count ? selectors[k] : null)).ToList();
        var coded = new List<(PlvRecord Record, Document Document, TypingCandidates? Candidates, float[][]? Probabilities, EventTypingStage? Stage)>();
        for (var n = 0; n < records.Count; n++)
        {
            var (record, document) = (records[n], documents[n]);
            if (settings.Fast)
            {
                coded.Add((record, document, null, null, null));
                continue;
            }

            var stage = stages[settings.Folds > 0 ? PlvFolds.Of(record.Id, settings.Folds) : 0]!;
            var candidates = stage.Candidates(document, settings.Folds > 0 ? EventTypingStage.MinSelection : null, completeElsewhere: settings.Folds > 0);
            coded.Add((record, document, candidates, stage.Model.Predict(candidates.Pairs), stage));
        }

        PlvScore ScoreAt(TypingThresholds? thresholds, bool verbose)
        {
            var score = new PlvScore();
            foreach (var (record, document, candidates, probabilities, stage) in coded)
            {
                var events = thresholds is null || stage is null
                    ? document.GetExtension<DocumentEvents>()?.Events ?? []
                    : stage.Apply(document, candidates!, probabilities!, thresholds);
                var linked = events.FirstOrDefault(e => Links(e, record));
                var predicted = linked is null ? null : typing?.Types.LabelOf(linked.EventType) ?? Yield(linked.EventType);
                score.Add(record.GoldRoot, predicted, record.Part);
                if (verbose && predicted != record.GoldRoot)
                {
                    output.WriteLine($"  WRONG [{DevTestSplit.Name(record.Part)}] {record.Id}: gold {record.GoldRoot}, coded {predicted ?? "no linking event"}{(linked is null ? string.Empty : $" by {linked.Rule} ({linked.TypedBy?.By} {linked.TypedBy?.Probability})")}; {events.Count} events; reach: {Reach(record, document, candidates)}{Asked(record, document, candidates, probabilities, stage)}");
                }
            }

            return score;
        }

        if (settings.LinkedPairs is { } linkedPath)
        {
            var written = WriteLinkedPairs(linkedPath, coded.Where(c => c.Candidates is not null).Select(c => (c.Record, c.Document, c.Candidates!)));
            output.WriteLine($"{linkedPath}: {written} pairs of the coder's own mentions that link a sentence's marked pair, labelled with its gold root (scripts/train-events --pairs {linkedPath})");
        }

        if (settings.NonePairs is { } nonePath)
        {
            var written = WriteNonePairs(nonePath, coded.Select(c => (c.Record, c.Document)));
            output.WriteLine($"{nonePath}: {written} pairs that are not a sentence's marked pair, labelled NONE (scripts/train-events --pairs {nonePath})");
        }

        PrintReach(output, coded.Select(c => Reach(c.Record, c.Document, c.Candidates)).ToList());
        var shipped = settings.Fast ? null : typing!.Value.Model.Thresholds;
        var result = ScoreAt(shipped, settings.Verbose);
        Print(output, $"PLV end to end (the coder must link the marked pair), {description}" + (shipped is null ? string.Empty : $", thresholds overrule {shipped.Overrule} (contested {shipped.Contested}; doubted {shipped.Doubted} below {shipped.Doubt}), silent {shipped.Silent} (two political parties {shipped.SilentPolitical}), complete {shipped.Complete}"), result);
        if (!settings.Fast && settings.Folds > 0)
        {
            // The sweeps score the dev part only: thresholds are tuned on it, and the test part is reported at the chosen point.
            double Dev(TypingThresholds at) => ScoreAt(at, false).Part(SplitPart.Dev).MacroF1;
            output.WriteLine("threshold sweeps, each cell the DEV part's root macro-F1 (tune on dev, report test):");
            output.WriteLine("threshold sweep (rows overrule, columns silent; 1.01 = never):");
            output.WriteLine(GridHeader);
            var best = (F1: -1.0, Overrule: 0.0, Silent: 0.0);
            foreach (var overrule in Grid)
            {
                var row = new List<string>();
                foreach (var silent in Grid)
                {
                    var f1 = Dev(shipped! with { Overrule = overrule, Silent = silent });
                    row.Add((100 * f1).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(7));
                    best = f1 > best.F1 ? (f1, overrule, silent) : best;
                }

                output.WriteLine($"  {overrule.ToString("0.00", CultureInfo.InvariantCulture),5}  " + string.Concat(row));
            }

            var there = ScoreAt(shipped! with { Overrule = best.Overrule, Silent = best.Silent }, false);
            output.WriteLine($"best on dev: overrule {best.Overrule}, silent {best.Silent}: dev root macro-F1 {100 * best.F1:0.0}; there the test part {100 * there.Part(SplitPart.Test).MacroF1:0.0}, all {100 * there.MacroF1:0.0}");
            void Line(string title, Func<double, TypingThresholds> at)
            {
                output.WriteLine(title);
                output.WriteLine(GridHeader);
                output.WriteLine("         " + string.Concat(Grid.Select(g => (100 * Dev(at(g))).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(7))));
            }

            Line($"recipient completion (at overrule {shipped!.Overrule}, silent {shipped.Silent}; the sweep above completes at {shipped.Complete}):", g => shipped with { Complete = g });
            Line($"recipient completion from elsewhere in the sentence (a coded actor the predicate does not govern; at overrule {shipped.Overrule}, silent {shipped.Silent}, complete {shipped.Complete}; the sweep above uses {shipped.CompleteElsewhere}):", g => shipped with { CompleteElsewhere = g });
            Line($"silent pairs of two political parties (PairFinder.IsPolitical; at overrule {shipped.Overrule}, silent {shipped.Silent}; the sweep above uses {shipped.SilentPolitical}):", g => shipped with { SilentPolitical = g });
            Line($"contested overrule (where another predicate of the sentence links the same parties; at overrule {shipped.Overrule}, silent {shipped.Silent}; the sweep above uses {shipped.Contested}):", g => shipped with { Contested = g });
            output.WriteLine($"doubted overrule (rows doubt: the model's probability of the rule's root below which it doubts it; columns doubted: the root the model needs then; at overrule {shipped.Overrule}, silent {shipped.Silent}, complete {shipped.Complete}; 0 = never):");
            output.WriteLine(GridHeader);
            foreach (var doubt in DoubtGrid)
            {
                output.WriteLine($"  {doubt.ToString("0.00", CultureInfo.InvariantCulture),5}  " + string.Concat(Grid.Select(doubted =>
                    (100 * Dev(shipped with { Doubt = doubt, Doubted = doubted })).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(7))));
            }

            output.WriteLine($"pair selection (rows select, columns selected: the probability of a root the selector's pair needs; at overrule {shipped.Overrule}, silent {shipped.Silent}, complete {shipped.Complete}):");
            output.WriteLine(GridHeader);
            foreach (var select in SelectGrid)
            {
                output.WriteLine($"  {select.ToString("0.00", CultureInfo.InvariantCulture),5}  " + string.Concat(Grid.Select(selected =>
                    (100 * Dev(shipped with { Select = select, Selected = selected })).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(7))));
            }
        }

        return result;
    }

    /// <summary>The event links the marked pair: its actor stands for a marked mention of the source and its recipient for one of the target (any recipient when none is marked).</summary>
    private static bool Links(CodedEvent e, PlvRecord record) =>
        ActsAsSource(e, record) && (record.Target is null || e.Recipient is { } r && record.Targets.Any(t => r.StandsFor(Span(t))));

    /// <summary>Whether the event's actor stands for a marked mention of the source.</summary>
    private static bool ActsAsSource(CodedEvent e, PlvRecord record) => record.Sources.Any(s => e.Actor.StandsFor(Span(s)));

    private static TextRange Span((int Start, int End) marked) => new(marked.Start, marked.End);

    /// <summary>
    /// Writes, in the TSV scripts/train-events reads with --pairs (id, label, text, source and target offsets), each pair
    /// the coder could ask the model about (<see cref="EventTypingStage.AskablePairs"/>) that touches neither the marked
    /// pair itself nor its reverse; the sentence's id keeps it out of the training of its own fold.
    /// </summary>
    private static int WriteNonePairs(string path, IEnumerable<(PlvRecord Record, Document Document)> coded)
    {
        using var file = new TrainingPairsFile(path);
        foreach (var (record, document) in coded.Where(c => TrainingPairsFile.Writable(c.Record.Text)))
        {
            foreach (var (actor, recipient) in EventTypingStage.AskablePairs(document))
            {
                var marked = IsSource(record, actor) && IsTarget(record, recipient) || IsTarget(record, actor) && IsSource(record, recipient);
                if (!marked)
                {
                    file.Write(record.Id, "NONE", record.Text, actor, recipient);
                }
            }
        }

        return file.Count;
    }

    /// <summary>
    /// Writes, in the TSV scripts/train-events reads with --pairs, every pair the typing stage asks the model about that
    /// links a sentence's marked pair (a rule event's own pair, a completion, a silent or selected pair) but is not spanned
    /// as the marks are ("Indian authorities" for "the Indian authorities in Srinagar"), labelled with the gold root: so
    /// that the model is trained on the parties as the coder finds them, not only as the annotators marked them. The
    /// sentence's id keeps each pair out of the training of its own fold.
    /// </summary>
    private static int WriteLinkedPairs(string path, IEnumerable<(PlvRecord Record, Document Document, TypingCandidates Candidates)> coded)
    {
        using var file = new TrainingPairsFile(path);
        foreach (var (record, document, candidates) in coded.Where(c => TrainingPairsFile.Writable(c.Record.Text)))
        {
            var pairs = new List<(TextRange Actor, TextRange? Recipient)>();
            pairs.AddRange(candidates.Events.Where(e => Links(e, record)).Select(e => (e.Actor.Range, e.Recipient is { Text.Length: > 0 } r ? r.Range : (TextRange?)null)));
            pairs.AddRange(candidates.Completions.Where(c => record.Target is not null && ActsAsSource(candidates.Events[c.Event], record) && IsTarget(record, Range(document, c.Recipient.Tokens)))
                .Select(c => (candidates.Events[c.Event].Actor.Range, (TextRange?)Range(document, c.Recipient.Tokens))));
            pairs.AddRange(candidates.Silent.Select(p => (p.Actor, p.Recipient)).Concat(candidates.Selected.Select(p => (p.Actor, p.Recipient)))
                .Select(p => (Actor: Range(document, p.Actor.Tokens), Recipient: Range(document, p.Recipient.Tokens)))
                .Where(p => IsSource(record, p.Actor) && record.Target is not null && IsTarget(record, p.Recipient))
                .Select(p => (p.Actor, (TextRange?)p.Recipient)));
            foreach (var (actor, recipient) in pairs.Distinct())
            {
                var asMarked = record.Sources.Any(s => s.Start == actor.Start && s.End == actor.End)
                    && (recipient is null ? record.Target is null : record.Targets.Any(t => t.Start == recipient.Value.Start && t.End == recipient.Value.End));
                if (!asMarked && (recipient is null || !recipient.Value.Overlaps(actor)))
                {
                    file.Write(record.Id, record.GoldRoot, record.Text, actor, recipient);
                }
            }
        }

        return file.Count;
    }

    /// <summary>How far the coder got towards the marked pair of one sentence, before any threshold: the ceiling of the end-to-end score.</summary>
    private static string Reach(PlvRecord record, Document document, TypingCandidates? candidates)
    {
        var events = candidates?.Events ?? document.GetExtension<DocumentEvents>()?.Events ?? [];
        if (events.Any(e => Links(e, record)))
        {
            return "a rule event links the pair";
        }

        if (candidates is not null && candidates.Silent.Any(p => IsSource(record, Range(document, p.Actor.Tokens))
                && (record.Target is null || IsTarget(record, Range(document, p.Recipient.Tokens)))))
        {
            return "the pair is a silent pair the model is asked about";
        }

        if (candidates is not null && candidates.Completions.Any(c => ActsAsSource(candidates.Events[c.Event], record)
                && (record.Target is null || IsTarget(record, Range(document, c.Recipient.Tokens)))))
        {
            return "the target is a recipient the model is asked to complete a rule event with";
        }

        if (candidates is not null && candidates.Selected.Any(p => IsSource(record, Range(document, p.Actor.Tokens))
                && (record.Target is null || IsTarget(record, Range(document, p.Recipient.Tokens)))))
        {
            return "the pair is the pair selector's choice the model is asked about";
        }

        var actors = document.GetExtension<Coding.SentenceActors>()?.BySentence.SelectMany(a => a).ToList() ?? [];
        var source = actors.Any(a => IsSource(record, Range(document, a.Tokens)));
        var target = record.Target is null || actors.Any(a => IsTarget(record, Range(document, a.Tokens)));
        return (source, target) switch
        {
            (false, false) => "neither marked party is an actor mention",
            (false, true) => "the marked source is no actor mention",
            (true, false) => "the marked target is no actor mention",
            _ when events.Any(e => ActsAsSource(e, record) && e.Recipient is null) => "both are actors; a rule event has the source and no recipient",
            _ when events.Any(e => ActsAsSource(e, record)) => "both are actors; a rule event has the source and another recipient",
            _ when events.Count > 0 => "both are actors; rule events link other pairs",
            _ => "both are actors; the pair is not asked (subject-led, at most three actors)",
        };
    }

    /// <summary>
    /// For a marked pair the model was asked about as a silent pair, a completion or a rule event's own pair, what it
    /// answered and, for a silent pair, the best answer among the sentence's pairs (one silent event a sentence):
    /// " (asked: AGREE 0.62; the sentence's best: CONSULT 0.91)", " (the rule event asked: ACCUSE 0.32 (NONE 0.01))".
    /// </summary>
    private static string Asked(PlvRecord record, Document document, TypingCandidates? candidates, float[][]? probabilities, EventTypingStage? stage)
    {
        if (candidates is null || probabilities is null || stage is null)
        {
            return string.Empty;
        }

        string Best(int input)
        {
            var p = probabilities[input];
            var best = LikeliestRoot(p);
            return $"{stage.Model.Labels[best]} {p[best].ToString("0.00", CultureInfo.InvariantCulture)} (NONE {p[0].ToString("0.00", CultureInfo.InvariantCulture)})";
        }

        var silent = candidates.Silent.FirstOrDefault(p => IsSource(record, Range(document, p.Actor.Tokens))
            && (record.Target is null || IsTarget(record, Range(document, p.Recipient.Tokens))));
        if (silent is not null)
        {
            var top = candidates.Silent.Where(p => p.Sentence == silent.Sentence).MaxBy(p => probabilities[p.Input].Skip(1).Max())!;
            return $" (asked: {Best(silent.Input)}; the sentence's best pair: {Best(top.Input)})";
        }

        var completion = candidates.Completions.FirstOrDefault(c => record.Target is not null && IsTarget(record, Range(document, c.Recipient.Tokens)) && ActsAsSource(candidates.Events[c.Event], record));
        if (completion is not null)
        {
            return $" (asked to complete {candidates.Events[completion.Event].EventType}: {Best(completion.Input)})";
        }

        var rule = Enumerable.Range(0, candidates.Events.Count).FirstOrDefault(i => candidates.RuleInputs[i] >= 0 && Links(candidates.Events[i], record), -1);
        return rule < 0 ? string.Empty : $" (the rule event asked: {Best(candidates.RuleInputs[rule])})";
    }

    /// <summary>The index of the likeliest root among the model's outputs (never NONE, the first).</summary>
    private static int LikeliestRoot(float[] p)
    {
        var best = 1;
        for (var j = 2; j < p.Length; j++)
        {
            best = p[j] > p[best] ? j : best;
        }

        return best;
    }

    private static TextRange Range(Document document, TokenRange tokens) =>
        tokens.IsEmpty ? new TextRange(0, 0) : document.RangeOf(tokens);

    private static void PrintReach(TextWriter output, List<string> reach)
    {
        output.WriteLine($"reach (before thresholds; {reach.Count} sentences):");
        foreach (var group in reach.GroupBy(r => r).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Count(),5}  {100.0 * group.Count() / Math.Max(1, reach.Count),5:0.0}%  {group.Key}");
        }
    }

    private static bool Overlaps(TextRange range, (int Start, int End) span) => range.Start < span.End && span.Start < range.End;

    /// <summary>Whether the range overlaps a marked mention of the source.</summary>
    private static bool IsSource(PlvRecord record, TextRange range) => record.Sources.Any(s => Overlaps(range, s));

    /// <summary>Whether the range overlaps a marked mention of the target.</summary>
    private static bool IsTarget(PlvRecord record, TextRange range) => record.Targets.Any(t => Overlaps(range, t));

    private static string Yield(string eventType) => eventType is "CONCEDE" or "RETREAT" ? "YIELD" : eventType;

    /// <summary>The model of each fold (null for a fold without one: its sentences are not scored), or the shipped model alone.</summary>
    private static IReadOnlyList<EventTypeModel?> FoldModels(Settings settings, EventTypeModel? shipped)
    {
        if (settings.Folds == 0)
        {
            return shipped is null ? [] : [shipped];
        }

        if (settings.Models is null)
        {
            throw new FatalCommandException("--folds needs --models DIR: the fold models that scripts/train-events --folds K --fold-models DIR trains (each without the sentences of its fold)");
        }

        var directory = DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName);
        var models = Enumerable.Range(0, settings.Folds).Select(k =>
        {
            var path = Path.Combine(settings.Models, $"fold-{k}.onnx");
            return System.IO.File.Exists(path) ? EventTypeModel.Load(directory, path) : null;
        }).ToList();
        if (models.All(m => m is null))
        {
            throw new FatalCommandException($"{settings.Models}: no fold-K.onnx (train the folds with scripts/train-events --folds {settings.Folds} --fold-models {settings.Models})");
        }

        return models;
    }

    private static void Print(TextWriter output, string title, PlvScore score)
    {
        output.WriteLine($"{title}: root macro-F1 {100 * score.MacroF1:0.0}, accuracy {100 * score.Accuracy:0.0} ({score.Correct}/{score.Records}; {score.Predicted} with a prediction)");
        var (dev, test) = (score.Part(SplitPart.Dev), score.Part(SplitPart.Test));
        output.WriteLine($"  dev part: root macro-F1 {100 * dev.MacroF1:0.0} ({dev.Correct}/{dev.Records}); test part: root macro-F1 {100 * test.MacroF1:0.0} ({test.Correct}/{test.Records}) (DevTestSplit: tune rules on dev, report test)");
        output.WriteLine("  root        gold  predicted  correct  precision  recall    F1");
        foreach (var (root, s) in score.ByRoot())
        {
            output.WriteLine($"  {root,-10} {s.Gold,5} {s.Predicted,10} {s.Correct,8} {100 * s.Precision,10:0.0} {100 * s.Recall,7:0.0} {100 * s.F1,5:0.0}");
        }
    }
}
