using Annalist.Coding.Typing;
using Annalist.Documents;
using Annalist.Evaluation.Plv;
using Annalist.Formats.Conllu;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands.Eval;

/// <summary>
/// What the pair selector learns from: the PLV sentences (one selector per cross-validation fold for
/// <c>eval plv</c>) and, for "no pair", the UD English treebanks' sentences of genres that state no political event (EWT's questions and answers, e-mails and reviews; GUM's academic, textbook, vlog and travel
/// texts), coded by the rules; each sentence with a pair of actors and no rule event is an example of the option that
/// the sentence is about no pair. News, interviews, speeches, biographies, court texts, newsgroups and weblogs are
/// left out: they state events, and the GUM news, interviews and speeches are the news files annalist is checked on.
/// </summary>
internal static class PairSelectionData
{
    public static readonly string[] Files = ["data/ud/en_ewt-ud-train.conllu", "data/ud/en_gum-train.conllu"];

    public static readonly string[] Genres = ["answers-", "email-", "reviews-", "GUM_academic_", "GUM_textbook_", "GUM_vlog_", "GUM_voyage_"];

    /// <summary>
    /// A pair selector for each fold, trained on the other folds' sentences (the coder's pairs of the sentence that holds
    /// the marked source, the marked pair among them), so that no sentence is scored by a selector that saw it.
    /// </summary>
    public static List<PairSelector> FoldSelectors(int folds, IReadOnlyList<PlvRecord> records, IReadOnlyList<Document> documents, IReadOnlyList<PairSelectionExample> none, TextWriter output)
    {
        var examples = records.Select((r, n) => (Fold: PlvFolds.Of(r.Id, folds), Example: SelectionExample(r, documents[n]))).ToList();
        var selectors = new List<PairSelector>();
        var (top, among) = (0, 0);
        for (var k = 0; k < folds; k++)
        {
            var selector = PairSelectorTraining.Train(examples.Where(x => x.Fold != k && x.Example is not null).Select(x => x.Example!).Concat(none).ToList(), new PairSelectorTraining.Settings());
            selectors.Add(selector);
            foreach (var example in examples.Where(x => x.Fold == k && x.Example is not null).Select(x => x.Example!))
            {
                var p = selector.Probabilities(example.Features);
                var best = Array.IndexOf(p, p[..^1].Max()); // the best pair (the last option is no pair)
                top += example.Marked[best] ? 1 : 0;
                among++;
            }
        }

        output.WriteLine($"pair selector, {folds} folds: its first choice is the marked pair in {top} of the {among} sentences where the marked pair is among the coder's pairs");
        return selectors;
    }

    /// <summary>The selection example of a PLV sentence: the coder's pairs of the sentence holding the marked source (null when the marked pair is not among them).</summary>
    public static PairSelectionExample? SelectionExample(PlvRecord record, Document document)
    {
        var sentence = document.Sentences.ToList().FindIndex(s => s.Range.Start <= record.Source.Start && record.Source.Start < s.Range.End);
        return sentence < 0 ? null : PairSelectorTraining.Example(document, sentence, new TextRange(record.Source.Start, record.Source.End), record.Target is { } t ? new TextRange(t.Start, t.End) : null);
    }

    /// <summary>The "no pair" examples of the treebank files under <paramref name="shared"/> (none, with a note, when they are missing).</summary>
    public static List<PairSelectionExample> NoneExamples(string shared, AnnotationPipeline rules, TextWriter output)
    {
        var paths = Files.Select(f => Path.Combine(shared, f)).ToList();
        if (paths.Any(p => !File.Exists(p)))
        {
            output.WriteLine($"note: {string.Join(", ", paths.Where(p => !File.Exists(p)))} missing: the pair selector learns no \"no pair\" option");
            return [];
        }

        var examples = new List<PairSelectionExample>();
        var sentences = 0;
        foreach (var (id, text) in GenreSentences(paths))
        {
            sentences++;
            examples.AddRange(PairSelectorTraining.NoneExamples(rules.Process(new Document(text, new DocumentMetadata { Id = id }))));
        }

        output.WriteLine($"pair selector: {examples.Count} \"no pair\" sentences of {sentences} treebank sentences ({string.Join(", ", Genres.Select(g => g.TrimEnd('-', '_')))})");
        return examples;
    }

    /// <summary>
    /// Writes, as NONE training pairs for the event-typing model (the TSV <c>scripts/train-events --pairs FILE</c> reads),
    /// the pair <paramref name="selector"/> ranks first in each "no pair" sentence of the treebanks (the pair most like an
    /// event's, so the hardest to leave alone), for two sentences in three (by the SHA-256 of the sentence id).
    /// </summary>
    public static int WriteNonePairs(string path, string shared, AnnotationPipeline rules, PairSelector selector)
    {
        using var file = new TrainingPairsFile(path);
        var paths = Files.Select(f => Path.Combine(shared, f)).Where(File.Exists);
        foreach (var (id, text) in GenreSentences(paths).Where(s => PlvFolds.Of(s.Id, 3) != 0 && TrainingPairsFile.Writable(s.Text)))
        {
            var document = rules.Process(new Document(text, new DocumentMetadata { Id = id }));
            var actors = document.GetExtension<Coding.SentenceActors>()?.BySentence ?? [];
            var events = document.GetExtension<DocumentEvents>()?.Events ?? [];
            for (var s = 0; s < actors.Count; s++)
            {
                if (!events.Any(e => e.SentenceIndex == s) && selector.Choose(document, actors[s], []) is { } chosen)
                {
                    file.Write(id, "NONE", text, document.RangeOf(chosen.Actor.Tokens), document.RangeOf(chosen.Recipient.Tokens));
                }
            }
        }

        return file.Count;
    }

    /// <summary>The sentences (id and text) of the treebank files that belong to <see cref="Genres"/>.</summary>
    private static IEnumerable<(string Id, string Text)> GenreSentences(IEnumerable<string> paths) =>
        paths.SelectMany(ConlluReader.ReadFileStrict)
            .Select(s => (Id: s.Comment("sent_id"), Text: s.Comment("text")))
            .Where(s => s.Id is not null && s.Text is not null && Genres.Any(g => s.Id.StartsWith(g, StringComparison.Ordinal)))
            .Select(s => (s.Id!, s.Text!));
}
