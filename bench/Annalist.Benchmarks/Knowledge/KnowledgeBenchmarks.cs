using Annalist.Documents;
using Annalist.Knowledge;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Benchmarks.Knowledge;

/// <summary>
/// Loading the compiled knowledge (data/knowledge/knowledge.bin), and finding actors and places in every
/// sentence of the news corpus on one core (text layer done beforehand).
/// </summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks : IHasInputSize
{
    private static readonly string Compiled = Path.Combine(Corpus.RepositoryRoot(), "data", "knowledge", "knowledge.bin");
    private readonly DateOnly date = new(2024, 11, 22);
    private KnowledgeBase knowledge = null!;
    private List<Document> documents = null!;

    public long InputBytes => Corpus.Utf8Bytes;

    public long InputUnits => Corpus.NewsTexts.Count;

    public string UnitName => "documents";

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeBase.Load(Compiled);
        var stage = new TextSegmentationStage();
        documents = [.. Corpus.NewsTexts.Select(text =>
        {
            var document = new Document(text, new DocumentMetadata { Id = "bench" });
            stage.Process(document);
            return document;
        })];
    }

    [Benchmark]
    public int LoadCompiledKnowledge() => KnowledgeBase.Load(Compiled).Actors.Count;

    [Benchmark]
    public int FindActorsInNewsCorpus()
    {
        var found = 0;
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                found += knowledge.Actors.Find(document, sentence.Tokens, date).Count;
            }
        }

        return found;
    }

    [Benchmark]
    public int FindPlacesInNewsCorpus()
    {
        var found = 0;
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                found += knowledge.Places.Find(document, sentence.Tokens).Count;
            }
        }

        return found;
    }
}
