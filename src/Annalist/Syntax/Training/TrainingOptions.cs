namespace Annalist.Syntax.Training;

/// <summary>
/// Settings of `annalist train parser`. The defaults reproduce the shipped model; every random
/// choice (shuffling, exploration) derives from <see cref="Seed"/>.
/// </summary>
public sealed record TrainingOptions
{
    public int Seed { get; init; } = 1;

    public int TaggerEpochs { get; init; } = 8;

    public int ParserEpochs { get; init; } = 18;

    /// <summary>1: one left-to-right pass; 2: a second pass that also sees the first pass's tags to the right.</summary>
    public int TaggerPasses { get; init; } = 1;


    /// <summary>The parser trains on tags predicted by taggers that did not see the sentence (k-fold), as at run time.</summary>
    public int JackknifeFolds { get; init; } = 4;

    /// <summary>From this epoch on (1-based) the parser follows its own mistakes with <see cref="ExplorationProbability"/>.</summary>
    public int ExplorationStartEpoch { get; init; } = 2;

    public double ExplorationProbability { get; init; } = 0.9;

    /// <summary>Real value of one unit of a stored 16-bit weight.</summary>
    public float WeightScale { get; init; } = 0.01f;

    /// <summary>Weights smaller than this many units are pruned from the tagger.</summary>
    public int TaggerMinUnits { get; init; } = 1;

    /// <summary>
    /// Words seen fewer times than this get no ambiguity class: a verb seen three times as a participle
    /// ("supplied") must not be sure it can only be one; its suffix and context decide.
    /// </summary>
    public int AmbiguityMinCount { get; init; } = 20;

    /// <summary>Tagger features seen fewer times than this in training get no weights (1: keep all).</summary>
    public int TaggerMinFeatureCount { get; init; } = 1;

    /// <summary>Parser features seen fewer times than this along the oracle's paths get no weights (1: keep all).</summary>
    public int ParserMinFeatureCount { get; init; } = 3;

    /// <summary>Weights smaller than this many units are pruned from the parser.</summary>
    public int ParserMinUnits { get; init; } = 1;

    /// <summary>
    /// States the parser keeps per step: 1 is greedy, trained with the dynamic oracle; more is beam
    /// search, trained globally with max-violation updates (<see cref="BeamTrainer"/>). The model
    /// records the width and decodes with it.
    /// </summary>
    public int ParserBeamWidth { get; init; } = 1;

    /// <summary>
    /// The beam the model decodes with (recorded in it), when it should differ from the training
    /// beam: weights trained with a wide beam and decoded with a narrower one are more accurate than
    /// weights trained with the narrow one, and parse as fast (docs/syntax.md). Null: the training beam.
    /// </summary>
    public int? ParserDecodeBeamWidth { get; init; }

    /// <summary>The widest parser beam a model may have.</summary>
    public const int MaxParserBeamWidth = DependencyParser.MaxBeamWidth;

    /// <summary>
    /// A word-cluster table (`annalist train clusters`) whose clusters become features of the tagger (the
    /// parser gains nothing from them: docs/syntax.md) and ship with the model; null: no cluster features.
    /// </summary>
    public string? ClustersFile { get; init; }
}
