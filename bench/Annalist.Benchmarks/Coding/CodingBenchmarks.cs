using Annalist.Coding;
using Annalist.Coding.Knowledge;
using Annalist.Coding.Typing;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge;
using Annalist.Syntax;
using Annalist.Text;
using BenchmarkDotNet.Attributes;

namespace Annalist.Benchmarks.Coding;

/// <summary>
/// Event coding of the news corpus on one core over documents segmented and parsed once in setup: the rules alone
/// (<c>annalist code --fast</c>) and the rules followed by the event-typing model; throughput in sentences per second.
/// </summary>
[MemoryDiagnoser]
public class CodingBenchmarks : IHasInputSize
{
    private static readonly Lazy<(EventCoder Rules, EventTypingStage? Typing, List<Document> Documents, long Sentences)> Setup = new(Prepare);

    public long InputBytes => Corpus.Utf8Bytes;

    public long InputUnits => Setup.Value.Sentences;

    public string UnitName => "sentences";

    [GlobalSetup]
    public void GlobalSetup() => _ = Setup.Value;

    [Benchmark]
    public int RulesOnly()
    {
        var (rules, _, documents, _) = Setup.Value;
        var events = 0;
        foreach (var document in documents)
        {
            events += rules.Code(document).Count;
        }

        return events;
    }

    [Benchmark]
    public int RulesAndModel()
    {
        var (rules, typing, documents, _) = Setup.Value;
        var stage = typing ?? throw new InvalidOperationException("the event-typing model is not installed (data/models/en-event-types)");
        var events = 0;
        foreach (var document in documents)
        {
            rules.Code(document);
            stage.Process(document);
            events += document.GetExtension<DocumentEvents>()!.Events.Count;
        }

        return events;
    }

    private static (EventCoder, EventTypingStage?, List<Document>, long) Prepare()
    {
        var data = new DataDirectory(Path.Combine(Corpus.RepositoryRoot(), "data"));
        var syntax = SyntaxModel.LoadDefault(data);
        var knowledge = KnowledgeBase.Load(data);
        var coder = StandardCoder.Create(knowledge, StandardCoder.LoadNouns(data), StandardCoder.ModelVersion(syntax));
        EventTypingStage? typing = null;
        if (EventTypeModel.IsInstalled(data))
        {
            var model = EventTypeModel.LoadDefault(data);
            var types = EventTypeTable.Load(data.PathOf("models", EventTypeModel.DefaultName, "types.tsv"));
            typing = new EventTypingStage(model, types, new KnowledgeOntology(knowledge.Ontology), new VersionStamp(StandardCoder.AnnalistVersion, knowledge.Version, StandardCoder.ModelVersion(syntax)));
        }

        var text = new TextSegmentationStage();
        var stages = syntax.Stages();
        var documents = new List<Document>();
        long sentences = 0;
        foreach (var content in Corpus.NewsTexts)
        {
            var document = new Document(content, new DocumentMetadata { Id = $"d{documents.Count}", PublicationDate = new DateOnly(2024, 11, 22) });
            text.Process(document);
            foreach (var stage in stages)
            {
                stage.Process(document);
            }

            sentences += document.Sentences.Count;
            documents.Add(document);
        }

        return (coder, typing, documents, sentences);
    }
}
