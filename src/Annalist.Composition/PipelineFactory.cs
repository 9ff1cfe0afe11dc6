using Annalist.Coding;
using Annalist.Coding.Knowledge;
using Annalist.Coding.Rules;
using Annalist.Coding.Typing;
using Annalist.Events;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Knowledge;
using Annalist.Pipeline;
using Annalist.Syntax;
using Annalist.Text;

namespace Annalist.Composition;

/// <summary>
/// Composes the pipelines the applications run (the <c>annalist</c> commands and <c>annalist serve</c>).
/// The one place that decides which stages exist, shared by both composition roots.
/// </summary>
public static class PipelineFactory
{
    private static readonly Lazy<SyntaxModel> Syntax = new(() => SyntaxModel.LoadDefault());
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load(DataDirectory.Default));
    private static readonly Lazy<(EventTypeModel Model, EventTypeTable Types)?> Typing = new(LoadTyping);

    /// <summary>The shipped knowledge (loaded once per process).</summary>
    public static KnowledgeBase DefaultKnowledge => Knowledge.Value;

    /// <summary>The shipped syntax model (loaded once per process).</summary>
    public static SyntaxModel DefaultSyntax => Syntax.Value;

    /// <summary>The shipped event-typing model and its type table, loaded once per process; null when it is not installed.</summary>
    public static (EventTypeModel Model, EventTypeTable Types)? DefaultTyping => Typing.Value;

    /// <summary>
    /// What `annalist code` and `annalist ingest` run: text, syntax, then the event coder over the shipped knowledge and,
    /// unless <paramref name="fast"/> (rules only) or the model is not installed, the event-typing model after it.
    /// </summary>
    public static AnnotationPipeline Code(CoderOptions? options = null, KnowledgeBase? knowledge = null, bool fast = false)
    {
        var builder = new PipelineBuilder().Add(new TextSegmentationStage());
        foreach (var stage in Syntax.Value.Stages())
        {
            builder.Add(stage);
        }

        var kb = knowledge ?? Knowledge.Value;
        var coder = StandardCoder.Create(kb, StandardCoder.LoadNouns(DataDirectory.Default), StandardCoder.ModelVersion(Syntax.Value), options);
        foreach (var stage in coder.Stages)
        {
            builder.Add(stage);
        }
        if (!fast && Typing.Value is { } typing)
        {
            builder.Add(TypingStage(typing.Model, typing.Types, kb));
        }

        return builder.Build();
    }

    /// <summary>The event-typing stage over a given model (the shipped one, or a cross-validation fold's).</summary>
    public static EventTypingStage TypingStage(EventTypeModel model, EventTypeTable types, KnowledgeBase? knowledge = null, PairSelector? selector = null)
    {
        var kb = knowledge ?? Knowledge.Value;
        return new EventTypingStage(model, types, new KnowledgeOntology(kb.Ontology), new VersionStamp(StandardCoder.AnnalistVersion, kb.Version, StandardCoder.ModelVersion(Syntax.Value)) { Rules = CodingRules.Shipped.Version }, selector);
    }

    private static (EventTypeModel, EventTypeTable)? LoadTyping()
    {
        if (!EventTypeModel.IsInstalled(DataDirectory.Default))
        {
            return null;
        }

        var model = EventTypeModel.LoadDefault(DataDirectory.Default);
        return (model, EventTypeTable.Load(DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName, "types.tsv")));
    }

    /// <summary>
    /// The text layer alone: what `annalist ingest --text-only` runs to store documents (searchable,
    /// with sentence offsets) without coding events, so without the syntax model.
    /// </summary>
    public static AnnotationPipeline TextOnly() => new PipelineBuilder().Add(new TextSegmentationStage()).Build();

    /// <summary>Text layer, then tagging, lemmatization and parsing: what `annalist parse` runs.</summary>
    public static AnnotationPipeline Parse(bool pretokenized)
    {
        var builder = new PipelineBuilder();
        if (pretokenized)
        {
            builder.WithInputLayers(Layer.Tokens, Layer.Sentences);
        }
        else
        {
            builder.Add(new TextSegmentationStage());
        }

        foreach (var stage in Syntax.Value.Stages())
        {
            builder.Add(stage);
        }

        return builder.Build();
    }
}
