using Annalist.Coding;
using Annalist.Coding.Knowledge;
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

    /// <summary>The shipped knowledge (loaded once per process).</summary>
    public static KnowledgeBase DefaultKnowledge => Knowledge.Value;

    /// <summary>The shipped syntax model (loaded once per process).</summary>
    public static SyntaxModel DefaultSyntax => Syntax.Value;

    /// <summary>What `annalist code` and `annalist ingest` run: text, syntax, then the event coder over the shipped knowledge.</summary>
    public static AnnotationPipeline Code(CoderOptions? options = null, KnowledgeBase? knowledge = null)
    {
        var builder = new PipelineBuilder().Add(new TextSegmentationStage());
        foreach (var stage in Syntax.Value.Stages())
        {
            builder.Add(stage);
        }

        var coder = StandardCoder.Create(knowledge ?? Knowledge.Value, StandardCoder.LoadNouns(DataDirectory.Default), StandardCoder.ModelVersion(Syntax.Value), options);
        return builder.Add(new CodingStage(coder)).Build();
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
