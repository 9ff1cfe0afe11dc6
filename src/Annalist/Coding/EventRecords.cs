using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding;

/// <summary>
/// Builds the records of the coded events: the type and codes of an event's first mention, the most precise of its
/// mentions' dates, the evidence, and the participants with the dictionary entry and antecedent of each.
/// </summary>
internal static class EventRecords
{
    /// <summary>The record of one merged event, or null when its CAMEO code has no PLOVER type and the options drop such events.</summary>
    public static CodedEvent? Build(Document document, IReadOnlyList<EventCandidate> group, int ordinal, IEventOntology ontology, VersionStamp versions, CoderOptions options)
    {
        var first = group[0];
        var plover = ontology.Plover(first.Cameo);
        if (first.Plover is { } fixedType)
        {
            plover = (fixedType.EventType, fixedType.Mode, plover?.Contexts ?? []);
        }

        if (plover is null && !options.KeepEventsWithoutPloverType)
        {
            return null;
        }

        var cameo = ontology.Cameo(first.Cameo);

        // The mentions' dates are compatible (MentionMerger), so the event takes the most precise one: a
        // headline without a date does not pull "on Thursday" in the body back to the publication date.
        var dated = group.MinBy(c => c.Precision) ?? first;
        var sentence = document.Sentences[first.Sentence];
        var triggerRange = document.RangeOf(first.TriggerTokens);
        return new CodedEvent
        {
            DocumentId = document.Metadata.Id,
            EventId = $"{document.Metadata.Id}#e{ordinal + 1}",
            SentenceIndex = first.Sentence,
            EventType = plover?.EventType ?? string.Empty,
            Mode = plover?.Mode ?? string.Empty,
            Contexts = plover?.Contexts ?? [],
            Cameo = first.Cameo.Value,
            Goldstein = cameo?.Goldstein,
            QuadClass = cameo?.QuadClass ?? 0,
            Actor = Participant(document, first.Actor),
            Recipient = first.Recipient is { } recipient ? Participant(document, recipient) : null,
            Date = dated.Date,
            DatePrecision = dated.Precision,
            DateText = dated.DateText,
            Place = group.Select(c => c.Place).FirstOrDefault(p => p is not null),
            Status = first.Status,
            ClaimedBy = group.SelectMany(c => c.ClaimedBy).DistinctBy(m => m.Code).Select(m => Participant(document, m)).ToList(),
            ReportedBy = group.SelectMany(c => c.ReportedBy).DistinctBy(m => m.Tokens).Select(m => Outlet(document, m)).ToList(),
            Evidence = new EventEvidence(sentence.Range, document.Text[triggerRange.Start..triggerRange.End], triggerRange),
            Mentions = group.Select(c => document.Sentences[c.Sentence].Range).Distinct().ToList(),
            Rule = first.Rule,
            Explain = first.Explain is { } explain && dated.Explain is { } datedExplain ? explain with { Date = datedExplain.Date } : first.Explain,
            Versions = versions,
        };
    }

    internal static EventParticipant Participant(Document document, ActorMention mention)
    {
        if (mention.Tokens.IsEmpty)
        {
            var at = document.TokenStart(Math.Min(mention.Tokens.Start, document.TokenCount - 1));
            return new EventParticipant(string.Empty, new TextRange(at, at), mention.Code, mention.Country, mention.Sector, mention.KindName);
        }

        var range = document.RangeOf(mention.Tokens);
        return new EventParticipant(document.Text[range.Start..range.End], range, mention.Code, mention.Country, mention.Sector, mention.KindName)
        {
            Entry = mention.Antecedent is { } antecedent ? $"{antecedent.Entry} (via '{document.Text[range.Start..range.End]}')" : mention.Entry,
            Antecedent = mention.Antecedent is { Tokens.IsEmpty: false } referent ? Antecedent(document, referent) : null,
        };
    }

    private static EventAntecedent Antecedent(Document document, ActorMention referent)
    {
        var range = document.RangeOf(referent.Tokens);
        return new EventAntecedent(document.Text[range.Start..range.End], range);
    }

    private static EventOutlet Outlet(Document document, ActorMention mention)
    {
        var range = document.RangeOf(mention.Tokens);
        return new EventOutlet(document.Text[range.Start..range.End], range, mention.Country) { Name = mention.Name };
    }
}
