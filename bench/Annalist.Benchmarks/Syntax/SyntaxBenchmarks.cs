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
        // Another model directory (a candidate not shipped) and parser beam width can be measured the same way.
        var directory = Environment.GetEnvironmentVariable("ANNALIST_SYNTAX_MODEL");
        var model = string.IsNullOrEmpty(directory)
            ? SyntaxModel.LoadDefault(new DataDirectory(Path.Combine(Corpus.RepositoryRoot(), "data")))
            : SyntaxModel.Load(directory);
        if (int.TryParse(Environment.GetEnvironmentVariable("ANNALIST_PARSER_BEAM"), out var beam))
        {
            model = model.WithParserBeamWidth(beam);
        }

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
