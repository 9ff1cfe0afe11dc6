using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Reads predicates and nouns as events: the verb patterns of the CAMEO dictionary (PETRARCH2 format,
/// or a user's own) plus Annalist's additions. Implemented over the knowledge layer.
/// </summary>
public interface IEventLexicon
{
    /// <summary>
    /// Readings of a verbal or copular predicate, best first; empty when it names no event.
    /// <paramref name="denotesActor"/> tells which argument heads name actors; <paramref name="namesParty"/> which name
    /// any party, a bare role ("aid workers", "troops") included.
    /// </summary>
    IReadOnlyList<EventReading> ReadPredicate(SentenceTree tree, Predicate predicate, Func<int, bool> denotesActor, Func<int, bool> namesParty);

    /// <summary>
    /// Readings of a noun that names an event ("UN sanctions", "the invasion of Ukraine"), best first;
    /// <paramref name="denotesActor"/> tells which argument heads name actors, so the lexicon can pick its slots.
    /// </summary>
    IReadOnlyList<EventReading> ReadNoun(SentenceTree tree, int noun, Func<int, bool> denotesActor);

    /// <summary>
    /// Whether <paramref name="preposition"/> begins the target phrase of the event noun <paramref name="lemma"/>
    /// ("sanctions on Russia", "an embargo against Cuba") and that noun's act falls on a party, not on a place: the
    /// phrase names whom the act falls on, not where it happens.
    /// </summary>
    bool MarksNounTarget(string lemma, string preposition) => false;
}
