using Annalist.Documents;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Benchmarks.Text;

/// <summary>The text layer alone (normalisation, tokenizer, sentence splitter) on one core, over the news corpus.</summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks : IHasInputSize
{
    private readonly TextSegmentationStage stage = new();

    public long InputBytes => Corpus.Utf8Bytes;

    public long InputUnits => Corpus.NewsTexts.Count;

    public string UnitName => "documents";

    [Benchmark]
    public int SegmentNewsCorpus()
    {
        var tokens = 0;
        foreach (var text in Corpus.NewsTexts)
        {
            var document = new Document(text, new DocumentMetadata { Id = "bench" });
            stage.Process(document);
            tokens += document.TokenCount;
        }

        return tokens;
    }
}
