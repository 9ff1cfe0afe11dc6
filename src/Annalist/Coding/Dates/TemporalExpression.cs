using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Coding.Dates;

/// <summary>
/// A date expression found in a sentence ("this Friday (22)", "in June", "last week", "recently"),
/// already resolved against the publication date: the first day it may denote, how precise it is,
/// the tokens it spans and its head token (the one the parser attaches to a verb).
/// </summary>
public sealed record TemporalExpression(TokenRange Tokens, int HeadToken, DateOnly Date, DatePrecision Precision, string Text)
{
    /// <summary>True when the expression points forward from the publication date ("next week", "tomorrow").</summary>
    public bool IsFuture { get; init; }

    /// <summary>
    /// True when the expression counts from the story's own moment rather than only from the publication date
    /// ("overnight": the night into the day the story is about). Under a framing clause dated to the day
    /// ("accused on Thursday of shelling overnight") it takes that day; alone, only the publication date bounds it.
    /// </summary>
    public bool FromStoryDay { get; init; }
}
