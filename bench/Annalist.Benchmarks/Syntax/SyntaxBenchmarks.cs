using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Syntax;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Benchmarks.Syntax;

/// <summary>
/// Tagging + parsing (and, separately, lemmatization) of the news corpus on one core, over documents
/// segmented once in setup; throughput is reported in tokens per second.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks : IHasInputSize
{
    private static readonly Lazy<(SyntaxModel Model, List<Document> Documents, long Tokens)> Setup = new(Prepare);

    private IPipelineStage tagger = null!;
    private IPipelineStage lemmatizer = null!;
    private IPipelineStage parser = null!;

    public long InputBytes => Corpus.Utf8Bytes;

    public long InputUnits => Setup.Value.Tokens;

    public string UnitName => "tokens";

    [GlobalSetup]
    public void GlobalSetup()
    {
        var stages = Setup.Value.Model.Stages();
        (tagger, lemmatizer, parser) = (stages[0], stages[1], stages[2]);
    }

    [Benchmark]
    public int TagAndParse()
    {
        var documents = Setup.Value.Documents;
        foreach (var document in documents)
        {
            tagger.Process(document);
            parser.Process(document);
        }

        return documents.Count;
    }

    [Benchmark]
    public int Lemmatize()
    {
        var documents = Setup.Value.Documents;
        foreach (var document in documents)
        {
            lemmatizer.Process(document);
        }

        return documents.Count;
    }

    private static (SyntaxModel, List<Document>, long) Prepare()
    {
        var model = SyntaxModel.LoadDefault(new DataDirectory(Path.Combine(Corpus.RepositoryRoot(), "data")));
        var segmentation = new TextSegmentationStage();
        var documents = new List<Document>();
        long tokens = 0;
        foreach (var text in Corpus.NewsTexts)
        {
            var document = new Document(text, new DocumentMetadata { Id = "bench" });
            segmentation.Process(document);
            documents.Add(document);
            tokens += document.TokenCount;
        }

        return (model, documents, tokens);
    }
}
