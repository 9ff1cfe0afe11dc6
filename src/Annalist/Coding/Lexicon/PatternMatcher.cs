using Annalist.Coding.Clauses;
using Annalist.Coding.Dates;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge.Verbs;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Matches a CAMEO.2.0 verb pattern against a predicate's dependency tree instead of PETRARCH's
/// phrase-structure tree. Noun elements are looked for among the clause's objects, passive subjects
/// and oblique or nominal-modifier heads, their modifiers among the dependents of that head;
/// prepositional elements need an oblique (or a modifier of an object) with that preposition;
/// <c>+</c> marks where the target is, <c>$</c> the source, <c>%</c> a mutual act, <c>^</c> after the verb an object it
/// needs but does not name. A pattern matches
/// only when every element is found; the score counts the words it found, so the most specific
/// pattern wins. A phrase that names a time is no prepositional element: "called Morrison on Wednesday to
/// congratulate him" is no "call on" (- * (ON), an appeal). <paramref name="namesParty"/> tells which heads name
/// parties: the words before such a head say who they are, not what the verb acts on.
/// </summary>
internal sealed class PatternMatcher(SentenceTree tree, Predicate predicate, IReadOnlyDictionary<string, Synset> synsets, Func<int, bool> namesParty)
{
    private static readonly Rules.WordClass DocumentCompounds = Rules.CodingRules.Shipped.Words("document-compounds");

    private readonly PredicatePhrases phrases = new(tree, predicate, namesParty);
    private readonly PatternTerms terms = new(tree, synsets);

    /// <summary>The sentence's temporal expressions (the date stage's layer), read once per predicate.</summary>
    private readonly TokenRange[] times = tree.Document.GetExtension<TemporalMentions>()?.BySentence is { } all && tree.Sentence.Index < all.Count
        ? [.. all[tree.Sentence.Index].Select(t => t.Tokens)]
        : [];

    /// <summary>
    /// The pattern's match, or null. <paramref name="particles"/> are the other words of a multi-word verb, found in the
    /// sentence: one the parser made the case marker of the next phrase ("walked out | of the talks", with "out of" as
    /// the phrase's marker) is the verb's, and the phrase's preposition is the rest ("of").
    /// </summary>
    public PatternMatch? Match(VerbPattern pattern, IReadOnlyCollection<int>? particles = null)
    {
        var score = 0;
        var tokens = new List<int>();
        IReadOnlyList<int>? target = null;
        IReadOnlyList<int>? source = null;
        var symmetric = false;
        var used = new HashSet<int>();

        foreach (var element in pattern.Before)
        {
            switch (element)
            {
                case NounElement noun:
                    if (!FindBefore(noun, used, tokens, ref score))
                    {
                        return null;
                    }

                    break;
                case SlotElement { Slot: PatternSlot.Compound }:
                    symmetric = true;
                    break;
                case PrepositionElement:
                    return null; // prepositional phrases before the verb are not used by the dictionaries
                case AdjacentElement adjacent:
                    if (!FindAdjacent(adjacent, predicate.Trigger - adjacent.Words.Count, tokens, ref score))
                    {
                        return null;
                    }

                    break;
            }
        }

        for (var i = 0; i < pattern.After.Count; i++)
        {
            switch (pattern.After[i])
            {
                case NounElement noun:
                    if (FindNoun(noun, phrases.ObjectHeads, used) is not { } head)
                    {
                        return null;
                    }

                    // What the verb acts on decides the act more than a phrase beside it: "staged a hunger strike
                    // in prison" is a strike (- * STRIKE), not a detention (- * (IN &DETENTION)); a particle is no
                    // object ("broke off diplomatic relations" is - * RELATIONS, not - * OFF).
                    score += (tree.Relation(head) == "compound:prt" ? 1 : 2) + noun.Modifiers.Count;
                    tokens.Add(head);
                    break;
                case PrepositionElement prepositional:
                    if (FindPreposition(prepositional, used, particles) is not { } phrase)
                    {
                        return null;
                    }

                    score += 1 + prepositional.Objects.OfType<NounElement>().Sum(n => 1 + n.Modifiers.Count);
                    if (SkipsToTarget(prepositional))
                    {
                        // "- * IFTAR IN ^ +": the phrase after the skipped one ("in Osgiliath | with the leaders of Gondor").
                        if (phrases.PhraseAfter(phrase, prepositional.Objects.Count(o => o is SlotElement { Slot: PatternSlot.Skip })) is not { } next)
                        {
                            return null;
                        }

                        target = [next];
                    }
                    else if (prepositional.Objects.OfType<SlotElement>().Any(s => s.Slot == PatternSlot.Target))
                    {
                        target = [phrase];
                    }
                    else if (prepositional.Objects.OfType<SlotElement>().Any(s => s.Slot == PatternSlot.Source))
                    {
                        source = [phrase];
                    }

                    break;
                case SlotElement { Slot: PatternSlot.Target }:
                    // "- * + (WITH &WEAPON)": the target is the object (the indirect one when there are two).
                    target = predicate.IndirectObjects.Count > 0 ? predicate.IndirectObjects : predicate.Targets.Count > 0 ? predicate.Targets : null;
                    break;
                case SlotElement { Slot: PatternSlot.Source }:
                    source = predicate.Targets.Count > 0 ? predicate.Targets : null;
                    break;
                case SlotElement { Slot: PatternSlot.Compound }:
                    symmetric = true;
                    break;
                case SlotElement { Slot: PatternSlot.Skip }:
                    // "- * ^ (TO +)": a noun phrase is skipped, so there must be one ("returned a painting to the museum",
                    // not "returned to Nairobi"); a passive's subject is that phrase ("the painting was returned to Greece").
                    if (predicate.Targets.Count == 0)
                    {
                        return null;
                    }

                    break;
                case AdjacentElement adjacent:
                    if (!FindAdjacent(adjacent, predicate.Trigger + 1, tokens, ref score))
                    {
                        return null;
                    }

                    break;
            }
        }

        return new PatternMatch(score, target, source, symmetric, tokens);
    }

    /// <summary>Whether a phrase's object is skipped before the target ("(IN ^ +)"): the target is a later phrase.</summary>
    private static bool SkipsToTarget(PrepositionElement element) =>
        element.Objects.Count >= 2 && element.Objects[0] is SlotElement { Slot: PatternSlot.Skip } && element.Objects[^1] is SlotElement { Slot: PatternSlot.Target };

    private int? FindNoun(NounElement noun, IEnumerable<int> candidates, HashSet<int> used)
    {
        foreach (var head in candidates)
        {
            if (used.Contains(head) || !terms.Matches(noun.Head, head) || NamesDocument(head))
            {
                continue;
            }

            if (noun.Modifiers.All(m => ModifierFound(m, head)))
            {
                used.Add(head);
                return head;
            }
        }

        return null;
    }

    /// <summary>Whether a head is that of a compound naming a document ("a press release"; word class document-compounds).</summary>
    private bool NamesDocument(int head) =>
        tree.Children(head).ToArray().Any(c => tree.IsBase(c, "compound") && DocumentCompounds.Contains($"{tree.Lemma(c)} {tree.Lemma(head)}"));

    private bool ModifierFound(PatternTerm modifier, int head)
    {
        var range = tree.Subtree(head);
        for (var t = range.Start; t < range.End; t++)
        {
            if (t != head && terms.Matches(modifier, t))
            {
                return true;
            }
        }

        // A modifier may also precede the head outside its subtree in a flat parse ("{ARMS SHIPMENT}").
        return head > tree.Sentence.Tokens.Start && terms.Matches(modifier, head - 1);
    }

    private int? FindPreposition(PrepositionElement element, HashSet<int> used, IReadOnlyCollection<int>? particles)
    {
        foreach (var phrase in phrases.PhraseCandidates())
        {
            if (used.Contains(phrase) || !terms.PrepositionMatches(element.Preposition, phrase, particles) || times.Any(r => r.Contains(phrase)))
            {
                continue;
            }

            var inside = new List<int>();
            var range = tree.Subtree(phrase);
            for (var t = range.Start; t < range.End; t++)
            {
                inside.Add(t);
            }

            var ok = true;
            foreach (var noun in element.Objects.OfType<NounElement>())
            {
                if (FindNoun(noun, inside, used) is null)
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                used.Add(phrase);
                return phrase;
            }
        }

        return null;
    }

    private bool FindBefore(NounElement noun, HashSet<int> used, List<int> tokens, ref int score)
    {
        for (var t = tree.Sentence.Tokens.Start; t < predicate.Trigger; t++)
        {
            if (!used.Contains(t) && terms.Matches(noun.Head, t) && ModifiersRightBefore(noun, t))
            {
                used.Add(t);
                tokens.Add(t);
                score += 1 + noun.Modifiers.Count;
                return true;
            }
        }

        return false;
    }

    /// <summary>Words joined to the verb ("RECENTLY_*", "*_UPON") found in order from <paramref name="first"/>, with nothing between.</summary>
    private bool FindAdjacent(AdjacentElement adjacent, int first, List<int> tokens, ref int score)
    {
        for (var k = 0; k < adjacent.Words.Count; k++)
        {
            var token = first + k;
            if (!tree.Sentence.Tokens.Contains(token) || token == predicate.Trigger || !terms.Matches(adjacent.Words[k], token))
            {
                return false;
            }
        }

        for (var k = 0; k < adjacent.Words.Count; k++)
        {
            tokens.Add(first + k);
        }

        score += adjacent.Words.Count;
        return true;
    }

    /// <summary>
    /// Words joined to a word before the verb ("MOST_CERTAINLY_&amp;NEGATVAUXVRB_EVER *") stand right before it, in
    /// order, as the dictionaries' underscore means.
    /// </summary>
    private bool ModifiersRightBefore(NounElement noun, int head)
    {
        var position = head - terms.MatchLength(noun.Head, head);
        for (var m = noun.Modifiers.Count - 1; m >= 0; m--)
        {
            var length = terms.MatchLength(noun.Modifiers[m], position);
            if (length == 0)
            {
                return false;
            }

            position -= length;
        }

        return true;
    }

}
