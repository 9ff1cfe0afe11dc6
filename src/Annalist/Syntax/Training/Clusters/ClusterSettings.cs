namespace Annalist.Syntax.Training.Clusters;

/// <summary>Settings of `annalist train clusters`.</summary>
public sealed record ClusterSettings
{
    /// <summary>Dimensions the pieces are reduced to (PCA).</summary>
    public int Dimensions { get; init; } = 64;

    /// <summary>Depth of the cluster tree: at most 2^depth leaves.</summary>
    public int Depth { get; init; } = 12;

    /// <summary>Nodes with fewer words are leaves.</summary>
    public int MinSplit { get; init; } = 8;

    /// <summary>2-means iterations per split.</summary>
    public int Iterations { get; init; } = 20;

    public int Seed { get; init; } = 1;

    /// <summary>When above 0, the source is GloVe word vectors (wink-embeddings JSON) and this many of its most frequent words are kept.</summary>
    public int GloveWords { get; init; }
}
