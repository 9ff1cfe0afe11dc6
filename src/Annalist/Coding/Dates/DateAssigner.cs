using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;
using Annalist.Events;

namespace Annalist.Coding.Dates;

/// <summary>
/// Gives each event a date: the date expression attached to its own trigger (directly, or through a
/// preposition or an aside such as "this Friday (22)"); else the date of the verb that frames it
/// ("said on Thursday" dates the claim, so the framed act happened on or before it: precision
/// before); else the publication date with precision before. A date after publication is only kept
/// for intended or hypothetical events; otherwise the expression is read as the most recent such day.
/// </summary>
public sealed class DateAssigner
{
    private readonly SentenceTree tree;
    private readonly IReadOnlyList<TemporalExpression> expressions;
    private readonly DateOnly publication;
    private readonly int[] attachment;

    public DateAssigner(SentenceTree tree, IReadOnlyList<TemporalExpression> expressions, DateOnly publication)
    {
        this.tree = tree;
        this.expressions = expressions;
        this.publication = publication;
        attachment = expressions.Select(Attachment).ToArray();
    }

    /// <summary>The verb or noun an expression modifies: the head of its outermost token.</summary>
    private int Attachment(TemporalExpression expression)
    {
        for (var t = expression.Tokens.Start; t < expression.Tokens.End; t++)
        {
            if (!expression.Tokens.Contains(tree.Head(t)) && tree.Head(t) >= 0)
            {
                return tree.Head(t);
            }
        }

        return -1;
    }

    /// <summary>
    /// The expression that dates this token's own clause: attached to it directly, or to one of its
    /// nominal dependents ("signed a treaty in June", "said during an exhibition on Thursday"), never
    /// one inside a subordinate clause. The nearest attachment wins.
    /// </summary>
    public TemporalExpression? On(int token)
    {
        TemporalExpression? best = null;
        var bestDepth = int.MaxValue;
        for (var i = 0; i < expressions.Count; i++)
        {
            var depth = ClauseDepth(attachment[i], token);
            if (depth >= 0 && depth < bestDepth)
            {
                (best, bestDepth) = (expressions[i], depth);
            }
        }

        return best;
    }

    /// <summary>How many nominal links separate an attachment point from the clause head, or -1 if a clause boundary intervenes.</summary>
    private int ClauseDepth(int attached, int clauseHead)
    {
        var depth = 0;
        for (var t = attached; t >= 0 && depth < 8; t = tree.Head(t), depth++)
        {
            if (t == clauseHead)
            {
                return depth;
            }

            var relation = tree.BaseRelation(t);
            if (relation.SequenceEqual("ccomp") || relation.SequenceEqual("xcomp") || relation.SequenceEqual("advcl") || relation.SequenceEqual("acl")
                || relation.SequenceEqual("parataxis") || relation.SequenceEqual("csubj") || (relation.SequenceEqual("conj") && tree.IsVerbal(t)))
            {
                return -1;
            }
        }

        return -1;
    }

    public (DateOnly Date, DatePrecision Precision, string Text) Assign(Predicate predicate, EventStatus status, int framingVerb, IReadOnlyDictionary<int, Predicate> predicates)
    {
        var decision = Decide(predicate, status, framingVerb, predicates);
        return (decision.Date, decision.Precision, decision.Text);
    }

    /// <summary>
    /// The date of a predicate's event and the rule that gave it: <c>dates:own-clause</c> (an expression of its
    /// clause), <c>dates:conjoined-head</c>, <c>dates:framing-verb</c> (the claim's date bounds the act) or
    /// <c>dates:publication</c>; <c>dates:bounded-by-publication</c> is added when a past act's date was moved back.
    /// </summary>
    public DateDecision Decide(Predicate predicate, EventStatus status, int framingVerb, IReadOnlyDictionary<int, Predicate> predicates)
    {
        var own = On(predicate.Trigger);
        var rule = "dates:own-clause";
        if (own is null)
        {
            own = OnConjoinedHead(predicate, predicates);
            rule = "dates:conjoined-head";
        }

        if (own is { FromStoryDay: true } && framingVerb >= 0 && On(framingVerb) is { Precision: DatePrecision.Day } story && story.Date <= publication)
        {
            return new DateDecision(story.Date, DatePrecision.Day, own.Text, $"dates:own-clause-from-framing-day ({story.Text})");
        }

        if (own is not null)
        {
            var (date, precision, text) = Clamp(own.Date, own.Precision, own.Text, status);
            return new DateDecision(date, precision, text, date == own.Date && precision == own.Precision ? rule : $"{rule}; dates:bounded-by-publication");
        }

        if (framingVerb >= 0 && On(framingVerb) is { } framed)
        {
            return new DateDecision(Min(framed.Date, publication), DatePrecision.Before, framed.Text, "dates:framing-verb");
        }

        return new DateDecision(publication, DatePrecision.Before, string.Empty, "dates:publication");
    }

    /// <summary>
    /// The date of an event noun: an expression on the noun itself (<c>dates:event-noun</c>), else its governing
    /// predicate's, where a day only bounds the noun's event (precision before).
    /// </summary>
    public DateDecision DecideForNoun(int noun, Predicate governor, EventStatus status, int framingVerb, IReadOnlyDictionary<int, Predicate> predicates)
    {
        if (On(noun) is { } own)
        {
            return new DateDecision(own.Date, own.Precision, own.Text, "dates:event-noun");
        }

        var decision = Decide(governor, status, framingVerb, predicates);
        return decision with { Precision = decision.Precision == DatePrecision.Day ? DatePrecision.Before : decision.Precision, Rule = $"{decision.Rule} (of the governing clause)" };
    }

    /// <summary>A date on the first of two conjoined verbs with one subject covers both when the second has none ("met on Friday and signed").</summary>
    private TemporalExpression? OnConjoinedHead(Predicate predicate, IReadOnlyDictionary<int, Predicate> predicates)
    {
        if (predicate.LinkToParent != "conj" || !predicates.TryGetValue(predicate.Parent, out var head))
        {
            return null;
        }

        var expression = On(head.Trigger);
        return expression is not null && expression.Precision != DatePrecision.Before ? expression : null;
    }

    private (DateOnly, DatePrecision, string) Clamp(DateOnly date, DatePrecision precision, string text, EventStatus status)
    {
        if (date <= publication || status is EventStatus.Intended or EventStatus.Hypothetical or EventStatus.Conditional)
        {
            return (date, precision, text);
        }

        // A past act cannot be dated after its report: keep what the words say, bounded by publication.
        return precision switch
        {
            DatePrecision.Day => (date.DayNumber - 7 <= publication.DayNumber ? DateOnly.FromDayNumber(Math.Max(0, date.DayNumber - 7)) : publication, DatePrecision.Day, text),
            DatePrecision.Month or DatePrecision.Year => (publication, DatePrecision.Before, text),
            _ => (publication, DatePrecision.Before, text),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;
}

/// <summary>An event's date, its precision, the words that gave it, and the rule that decided it (<c>dates:own-clause</c>...).</summary>
public sealed record DateDecision(DateOnly Date, DatePrecision Precision, string Text, string Rule)
{
    /// <summary>What <c>explain</c> says of the date.</summary>
    public string Why => Text.Length > 0
        ? $"{Rule}: the date expression '{Text}' (precision {EventJson.PrecisionName(Precision)})"
        : $"{Rule}: the publication date (precision {EventJson.PrecisionName(Precision)})";
}
