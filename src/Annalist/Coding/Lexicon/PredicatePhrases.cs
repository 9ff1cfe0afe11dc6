using Annalist.Coding.Clauses;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Where a verb pattern's elements are looked for in one predicate's clause: the heads a noun element may match
/// (objects, passive subjects, obliques, what objects are made of), the phrases a prepositional element may match,
/// and the phrase a pattern's skips lead to. <paramref name="namesParty"/> tells which heads name parties.
/// </summary>
internal sealed class PredicatePhrases(SentenceTree tree, Predicate predicate, Func<int, bool> namesParty)
{
    private static readonly WordClass PrivativeNouns = CodingRules.Shipped.Words("privative-nouns");

    /// <summary>Heads a noun element may match, in the order they are tried.</summary>
    public List<int> ObjectHeads { get; } = FindObjectHeads(tree, predicate, namesParty);

    /// <summary>
    /// The phrase a pattern's skips lead to: TABARI's "^" passes over one noun phrase, so "(IN ^ +)" names the
    /// first prepositional phrase after the matched one and "(AT ^ ^ +)" the second ("at Osgiliath | with the
    /// parliament | of Gondor"), nested ones included, within the verb's clause.
    /// </summary>
    public int? PhraseAfter(int phrase, int skips)
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
    private static List<int> FindObjectHeads(SentenceTree tree, Predicate predicate, Func<int, bool> namesParty)
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
            // complement calls a thing, and that description is its object ("- * THE_NEATEST_PLACE"). A quality is no
            // thing: "saying it's offensive" names no (military) offensive.
            if (relation.SequenceEqual("ccomp") && objects.Count == 0 && tree.Child(child, "cop") >= 0 && tree.Upos(child) is "NOUN" or "PROPN")
            {
                heads.Add(child);
                heads.AddRange(tree.ChildrenWithBase(child, "amod"));
            }
        }

        foreach (var head in objects)
        {
            if (PrivativeNouns.Contains(tree.Lemma(head)))
            {
                continue; // "citing a lack of support", "expressed a lack of confidence": what is lacking is not what is done
            }

            foreach (var child in tree.Children(head))
            {
                // A compound before people says who they are: "released two aid workers" frees people (- * &PEOPLE
                // at most), it does not release aid (- * AID); before a thing it names the thing ("suspended the aid programme").
                if (tree.IsBase(child, "nmod") || tree.IsBase(child, "obj") || (tree.IsBase(child, "compound") && !namesParty(head)))
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

    /// <summary>
    /// Whether a phrase lies inside a passive subject. A pattern's prepositional phrase follows the verb
    /// (PETRARCH matches after it): "attacked X for Y" criticises, but in "a camp for refugees was attacked"
    /// the "for" belongs to the camp.
    /// </summary>
    private bool InPassiveSubject(int phrase) => predicate.Passive && predicate.Subjects.Any(s => tree.Subtree(s).Contains(phrase));

    /// <summary>Phrases a prepositional element may match: the verb's obliques and clauses, and the modifiers of its objects.</summary>
    public List<int> PhraseCandidates()
    {
        var candidates = new List<int>();
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (tree.IsBase(child, "obl") || tree.IsBase(child, "advcl") || tree.IsBase(child, "xcomp"))
            {
                candidates.AddRange(tree.WithConjuncts(child));
            }
        }

        foreach (var head in ObjectHeads)
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
}
