using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Syntax.Evaluation;

namespace Annalist.Syntax.Training;

/// <summary>
/// Trains a whole <see cref="SyntaxModel"/> from CoNLL-U files: the tagger (epochs chosen on dev),
/// k-fold jackknifed tags for the parser's training data, the lemmatizer, then the parser (epoch
/// chosen on dev LAS). Deterministic for a given seed, files and file order.
/// </summary>
public sealed class SyntaxTrainer(TrainingOptions options, ITrainingMonitor? monitor = null)
{
    public SyntaxTrainingResult Train(IReadOnlyList<string> trainFiles, string? devFile)
    {
        ArgumentNullException.ThrowIfNull(trainFiles);
        var tags = new SymbolTable();
        var labels = new SymbolTable();
        labels.Add("root");
        var train = Treebank.Load(trainFiles, tags, labels, grow: true);
        var dev = devFile is null ? null : Treebank.Load([devFile], tags, labels, grow: false);
        var clusters = options.ClustersFile is null ? null : WordClusters.Load(options.ClustersFile);
        monitor?.Log($"training data: {train.Sentences.Count:N0} sentences, {train.Words:N0} words, {tags.Count} tag classes, {labels.Count} labels"
            + (dev is null ? string.Empty : $"; dev: {dev.Sentences.Count:N0} sentences, {dev.Words:N0} words"));

        var taggerTrainer = new TaggerTrainer(tags, options, monitor, clusters);
        var folds = options.JackknifeFolds;
        var tagger = taggerTrainer.Train(train.Sentences, dev?.Sentences, options.TaggerEpochs, options.TaggerEpochs, folds, "tagger");
        tagger.UseClosedClasses(ClosedClassLexicon.Collect(train.Sentences, tags, TreebankNames(trainFiles)));
        var (firstEpochs, secondEpochs) = taggerTrainer.BestEpochs;
        monitor?.Log($"tagger: kept epochs {firstEpochs} (pass 1) and {secondEpochs} (pass 2)");

        var predicted = TaggerTrainer.Jackknife(
            train.Sentences,
            options.ParserEpochs == 0 ? 1 : folds,
            (rest, fold) => new TaggerTrainer(tags, options, monitor, clusters).Train(rest, null, firstEpochs, secondEpochs, folds, $"parser tags fold {fold}/{folds}"),
            (t, words) => t.Tag(words),
            monitor,
            "parser training",
            clusters);
        var lemmatizer = LemmatizerBuilder.Build(train.Sentences, tags.Count);

        var devDocuments = dev is null ? null : Documents(dev);
        var parserTrainer = new ParserTrainer(labels, options, monitor);
        Func<DependencyParser, SyntaxScores>? evaluate = devDocuments is null
            ? null
            : parser => SyntaxEvaluator.Evaluate(new SyntaxModel(tagger, lemmatizer, parser, clusters: clusters), devDocuments);
        var parser = parserTrainer.Train(train.Sentences, predicted, evaluate);
        monitor?.Log($"parser: kept epoch {parserTrainer.BestEpoch}");
        var model = new SyntaxModel(tagger, lemmatizer, parser, clusters: clusters);
        return new SyntaxTrainingResult(model, parserTrainer.BestScores, train.Sentences.Count, train.Words, firstEpochs, secondEpochs, parserTrainer.BestEpoch);
    }

    /// <summary>The treebanks' file names, as a closed-class lexicon names its source.</summary>
    private static string TreebankNames(IReadOnlyList<string> trainFiles) => string.Join(", ", trainFiles.Select(Path.GetFileName));

    /// <summary>
    /// Writes the closed-class words of <paramref name="trainFiles"/> (<see cref="ClosedClassLexicon"/>) into the model
    /// directory and lists the file in its manifest, for a model trained before the file existed; returns the number of
    /// words and of word classes. Throws <see cref="FormatException"/> or <see cref="FileNotFoundException"/> for bad input.
    /// </summary>
    public static (int Words, int Classes) AddClosedClasses(string directory, IReadOnlyList<string> trainFiles)
    {
        var tags = new SymbolTable();
        var treebank = Treebank.Load(trainFiles, tags, new SymbolTable(), grow: true);
        var lexicon = ClosedClassLexicon.Collect(treebank.Sentences, tags, TreebankNames(trainFiles));
        var path = Path.Combine(directory, SyntaxModel.ClosedClassesFile);
        lexicon.Write(path);

        var manifestPath = Path.Combine(directory, SyntaxModel.ManifestFile);
        var manifest = DataManifest.Load(manifestPath);
        var hashes = new SortedDictionary<string, string>(manifest.Sha256.ToDictionary(), StringComparer.Ordinal)
        {
            [SyntaxModel.ClosedClassesFile] = DataManifest.HashFile(path),
        };
        var note = $"{SyntaxModel.ClosedClassesFile}: annalist train closed-classes --train {string.Join(" --train ", trainFiles.Select(Path.GetFileName))}";
        var sources = manifest.Sources.Where(s => !s.StartsWith(SyntaxModel.ClosedClassesFile, StringComparison.Ordinal)).Append(note).ToList();
        (manifest with { Sha256 = hashes, Sources = sources }).Save(manifestPath);
        return (lexicon.Words, lexicon.Count);
    }

    /// <summary>Distinct documents of a treebank, in order.</summary>
    internal static List<Document> Documents(Treebank treebank)
    {
        var documents = new List<Document>();
        foreach (var sentence in treebank.Sentences)
        {
            if (documents.Count == 0 || !ReferenceEquals(documents[^1], sentence.Document))
            {
                documents.Add(sentence.Document);
            }
        }

        return documents;
    }
}
