using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Verbs;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Matches a CAMEO.2.0 verb pattern against a predicate's dependency tree instead of PETRARCH's
/// phrase-structure tree. Noun elements are looked for among the clause's objects, passive subjects
/// and oblique or nominal-modifier heads, their modifiers among the dependents of that head;
/// prepositional elements need an oblique (or a modifier of an object) with that preposition;
/// <c>+</c> marks where the target is, <c>$</c> the source, <c>%</c> a mutual act. A pattern matches
/// only when every element is found; the score counts the words it found, so the most specific
/// pattern wins.
/// </summary>
internal sealed class PatternMatcher(SentenceTree tree, Predicate predicate, IReadOnlyDictionary<string, Synset> synsets)
{
    private readonly List<int> objectHeads = ObjectHeads(tree, predicate);

    public PatternMatch? Match(VerbPattern pattern)
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
                    if (FindNoun(noun, objectHeads, used) is not { } head)
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
                    if (FindPreposition(prepositional, used) is not { } phrase)
                    {
                        return null;
                    }

                    score += 1 + prepositional.Objects.OfType<NounElement>().Sum(n => 1 + n.Modifiers.Count);
                    if (SkipsToTarget(prepositional))
                    {
                        // "- * IFTAR IN ^ +": the phrase after the skipped one ("in Osgiliath | with the leaders of Gondor").
                        if (PhraseAfter(phrase, prepositional.Objects.Count(o => o is SlotElement { Slot: PatternSlot.Skip })) is not { } next)
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

    /// <summary>
    /// The phrase a pattern's skips lead to: TABARI's "^" passes over one noun phrase, so "(IN ^ +)" names the
    /// first prepositional phrase after the matched one and "(AT ^ ^ +)" the second ("at Osgiliath | with the
    /// parliament | of Gondor"), nested ones included, within the verb's clause.
    /// </summary>
    private int? PhraseAfter(int phrase, int skips)
    {
        var clause = tree.Subtree(predicate.Trigger);
        var seen = 0;
        for (var t = tree.Subtree(phrase).End; t < clause.End; t++)
        {
            if (tree.Upos(t) is "NOUN" or "PROPN" or "PRON" && tree.CaseMarker(t).Length > 0 && ++seen == skips)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Heads a noun element may match: objects (and passive subjects), obliques, nominal complements, and the modifiers of objects.</summary>
    private static List<int> ObjectHeads(SentenceTree tree, Predicate predicate)
    {
        var heads = new List<int>();
        heads.AddRange(predicate.Objects);
        heads.AddRange(predicate.IndirectObjects);
        if (predicate.Passive)
        {
            heads.AddRange(predicate.Subjects);
        }

        // What the objects are made of ("part of a military aid program") counts; what an oblique is near does not
        // ("fire against camps near the border" is no reopening of a border).
        var objects = heads.ToList();

        foreach (var child in tree.Children(predicate.Trigger))
        {
            var relation = tree.BaseRelation(child);
            if (relation.SequenceEqual("obl") || relation.SequenceEqual("xcomp") || relation.SequenceEqual("compound") || relation.SequenceEqual("advmod"))
            {
                heads.AddRange(tree.WithConjuncts(child));
            }

            // "allowed that Mordor isn't the neatest place": a verb with no object says something of what its
            // complement calls a thing, and that description is its object ("- * THE_NEATEST_PLACE").
            if (relation.SequenceEqual("ccomp") && objects.Count == 0 && tree.Child(child, "cop") >= 0)
            {
                heads.Add(child);
                heads.AddRange(tree.ChildrenWithBase(child, "amod"));
            }
        }

        foreach (var head in objects)
        {
            foreach (var child in tree.Children(head))
            {
                if (tree.IsBase(child, "nmod") || tree.IsBase(child, "compound") || tree.IsBase(child, "obj"))
                {
                    heads.Add(child);
                }

                // "suspended part of a military aid program": what the part is of names the thing, modifiers included.
                if (tree.IsBase(child, "nmod") && tree.CaseMarker(child) == "of")
                {
                    heads.AddRange(tree.ChildrenWithBase(child, "compound"));
                }
            }
        }

        return heads;
    }

    private int? FindNoun(NounElement noun, IEnumerable<int> candidates, HashSet<int> used)
    {
        foreach (var head in candidates)
        {
            if (used.Contains(head) || !Matches(noun.Head, head))
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

    private bool ModifierFound(PatternTerm modifier, int head)
    {
        var range = tree.Subtree(head);
        for (var t = range.Start; t < range.End; t++)
        {
            if (t != head && Matches(modifier, t))
            {
                return true;
            }
        }

        // A modifier may also precede the head outside its subtree in a flat parse ("{ARMS SHIPMENT}").
        return head > tree.Sentence.Tokens.Start && Matches(modifier, head - 1);
    }

    /// <summary>
    /// Whether a phrase lies inside a passive subject. A pattern's prepositional phrase follows the verb
    /// (PETRARCH matches after it): "attacked X for Y" criticises, but in "a camp for refugees was attacked"
    /// the "for" belongs to the camp.
    /// </summary>
    private bool InPassiveSubject(int phrase) => predicate.Passive && predicate.Subjects.Any(s => tree.Subtree(s).Contains(phrase));

    /// <summary>Phrases a prepositional element may match: the verb's obliques and clauses, and the modifiers of its objects.</summary>
    private List<int> PhraseCandidates()
    {
        var candidates = new List<int>();
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (tree.IsBase(child, "obl") || tree.IsBase(child, "advcl") || tree.IsBase(child, "xcomp"))
            {
                candidates.AddRange(tree.WithConjuncts(child));
            }
        }

        foreach (var head in objectHeads)
        {
            foreach (var child in tree.Children(head))
            {
                // An oblique under a noun ("celebrated Eid | at Osgiliath", with "Eid" read as an adjective) is a modifier the parser mislabelled.
                if ((tree.IsBase(child, "nmod") || tree.IsBase(child, "acl") || tree.IsBase(child, "obl")) && !InPassiveSubject(child))
                {
                    candidates.Add(child);
                }
            }
        }

        return candidates;
    }

    private int? FindPreposition(PrepositionElement element, HashSet<int> used)
    {
        foreach (var phrase in PhraseCandidates())
        {
            if (used.Contains(phrase) || !PrepositionMatches(element.Preposition, phrase))
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

    /// <summary>
    /// "decision to release prisoners": the infinitive's "to" is no preposition (PETRARCH's parses give it
    /// its own tag), so "- * (TO) [043] # WELCOME" does not read "welcomed Israel's decision to release" as a visit.
    /// </summary>
    private bool IsInfinitive(int phrase)
    {
        foreach (var child in tree.Children(phrase))
        {
            if (tree.IsBase(child, "mark") && tree.Upos(child) == "PART")
            {
                return true;
            }
        }

        return false;
    }

    private bool PrepositionMatches(PatternTerm preposition, int phrase)
    {
        var marker = tree.CaseMarker(phrase);
        if (marker.Length == 0 || IsInfinitive(phrase))
        {
            return false;
        }

        if (preposition.IsSynset)
        {
            return synsets.TryGetValue(preposition.Word, out var set) && set.Members.Any(m => string.Join(' ', m.Words).Equals(marker, StringComparison.OrdinalIgnoreCase));
        }

        return marker.Equals(preposition.Word, StringComparison.OrdinalIgnoreCase) || marker.StartsWith(preposition.Word + " ", StringComparison.OrdinalIgnoreCase);
    }

    private bool FindBefore(NounElement noun, HashSet<int> used, List<int> tokens, ref int score)
    {
        for (var t = tree.Sentence.Tokens.Start; t < predicate.Trigger; t++)
        {
            if (!used.Contains(t) && Matches(noun.Head, t) && ModifiersRightBefore(noun, t))
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
            if (!tree.Sentence.Tokens.Contains(token) || token == predicate.Trigger || !Matches(adjacent.Words[k], token))
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
        var position = head - MatchLength(noun.Head, head);
        for (var m = noun.Modifiers.Count - 1; m >= 0; m--)
        {
            var length = MatchLength(noun.Modifiers[m], position);
            if (length == 0)
            {
                return false;
            }

            position -= length;
        }

        return true;
    }

    /// <summary>A word matches a token by lemma or lower-case form; a synset by any one-word member, or a multi-word member ending at the token.</summary>
    private bool Matches(PatternTerm term, int token) => MatchLength(term, token) > 0;

    /// <summary>How many tokens ending at <paramref name="token"/> the term matches (a multi-word synset member more than one), or 0.</summary>
    private int MatchLength(PatternTerm term, int token)
    {
        if (token < tree.Sentence.Tokens.Start)
        {
            return 0;
        }

        var lemma = tree.Lemma(token);
        var form = tree.Document.Form(token);
        if (!term.IsSynset)
        {
            return lemma.Equals(term.Word, StringComparison.OrdinalIgnoreCase) || form.Equals(term.Word, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        if (!synsets.TryGetValue(term.Word, out var synset))
        {
            return 0;
        }

        foreach (var member in synset.Members)
        {
            if (member.IsPrepositionalPhrase)
            {
                continue;
            }

            var words = member.Words;
            var last = words[^1];
            if (!(lemma.Equals(last, StringComparison.OrdinalIgnoreCase) || form.Equals(last, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Count && ok; k++)
            {
                var t = token - k;
                ok = t >= tree.Sentence.Tokens.Start && tree.Document.Form(t).Equals(words[^(k + 1)], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                return words.Count;
            }
        }

        return 0;
    }
}
