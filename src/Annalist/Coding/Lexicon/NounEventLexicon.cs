using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.DataFiles;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Reads nouns as events ("UN sanctions", "Russia's invasion of Ukraine", "the deployment of North
/// Korean troops") from a small tab-separated lexicon: each noun's CAMEO code and the places around
/// it where the source and the target are found. The copula marker covers "X is subject to
/// sanctions". A slot is filled by the first marker whose phrase names an actor. Loaded once; immutable.
/// </summary>
public sealed class NounEventLexicon
{
    private readonly Dictionary<string, EventNoun> nouns;

    public NounEventLexicon(IEnumerable<EventNoun> nouns)
    {
        this.nouns = nouns.ToDictionary(n => n.Lemma, StringComparer.OrdinalIgnoreCase);
    }

    public int Count => nouns.Count;

    /// <summary>
    /// Whether <paramref name="preposition"/> begins the target phrase of an event noun whose target is a party, not a
    /// place: one of its target markers, when "in" is none of them ("sanctions on", "an embargo against", "an
    /// investigation into"). A noun whose target may stand "in" a place is an act located where it falls ("a curfew
    /// on Algiers", "an attack on Kharkiv").
    /// </summary>
    public bool MarksTarget(string lemma, string preposition) =>
        nouns.TryGetValue(lemma, out var noun) && noun.TargetMarkers.Contains(preposition, StringComparer.Ordinal) && !noun.TargetMarkers.Contains("in", StringComparer.Ordinal);

    /// <summary>Reads the lexicon file; a malformed line is a <see cref="DataFileException"/> naming it.</summary>
    public static NounEventLexicon Load(string path)
    {
        var entries = new List<EventNoun>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var columns = text.Split('\t');
            if (columns.Length < 4 || columns[1].Length is < 2 or > 4 || !columns[1].All(char.IsDigit))
            {
                throw new DataFileException($"{path}:{line}", "expected: lemma, CAMEO code, source markers, target markers (tab-separated)");
            }

            entries.Add(new EventNoun(columns[0], CameoCode.Parse(columns[1]), columns[2].Split(','), columns[3].Split(','), $"{Path.GetFileName(path)}:{line}"));
        }

        return new NounEventLexicon(entries);
    }

    /// <summary>
    /// Verbs that only carry an event noun ("held talks", "staged demonstrations", "launched a
    /// mediation effort", "carried out air strikes"): the noun names the event, the verb's subject acts.
    /// </summary>
    private static readonly WordClass SupportVerbs = CodingRules.Shipped.Words("support-verbs");

    /// <summary>Verbs whose event noun is their in-phrase: one engages, participates or is involved in it.</summary>
    private static readonly WordClass ParticipationVerbs = CodingRules.Shipped.Words("participation-verbs");

    /// <summary>Verbs of owning an act ("claimed responsibility for the attack"): its doer is the subject.</summary>
    private static readonly WordClass ResponsibilityVerbs = CodingRules.Shipped.Words("responsibility-verbs");

    /// <summary>What such a verb takes for the act ("responsibility", "credit").</summary>
    private static readonly WordClass ResponsibilityNouns = CodingRules.Shipped.Words("responsibility-nouns");

    /// <summary>Verbs whose subject undergoes the act their object names ("drew criticism from", "came under attack from"): target marker undergoer.</summary>
    private static readonly WordClass UndergoingVerbs = CodingRules.Shipped.Words("undergoing-verbs");

    /// <summary>Participles that name a sponsor ("a Russia-backed offensive"): who backs an act does not do it.</summary>
    private static readonly WordClass SponsorParticiples = CodingRules.Shipped.Words("sponsor-participles");

    /// <summary>The event noun a support verb carries as its object ("renewed negotiations"), read with the verb's subject as source.</summary>
    public IReadOnlyList<EventReading> ReadSupportVerb(SentenceTree tree, Annalist.Coding.Clauses.Predicate predicate, Func<int, bool> denotesActor)
    {
        // "Serb forces were engaged in ethnic cleansing", "took part in the attack": the event noun is the in-phrase and
        // the subject, passive or not, does it.
        var inPhrase = ParticipationVerbs.Contains(predicate.Lemma);
        var owned = !predicate.Passive && ResponsibilityVerbs.Contains(predicate.Lemma) ? OwnedActs(tree, predicate) : [];
        if (!SupportVerbs.Contains(predicate.Lemma) && !inPhrase && owned.Count == 0)
        {
            return [];
        }

        // "The rebels claimed responsibility for the attack on the convoy": the act the subject owns is its own.
        var nouns = owned.Count > 0 ? owned : inPhrase ? predicate.ObliqueHeads("in").ToList() : predicate.Passive ? predicate.Subjects : predicate.Objects;
        foreach (var noun in nouns)
        {
            if (Entry(tree, noun) is not { } entry)
            {
                continue;
            }

            // The target is on the noun ("talks with Seoul") or on the verb ("launched strikes on Kharkiv").
            var markers = entry.TargetMarkers.Where(m => m != "copula" && m != "of").ToList();
            var target = Find(tree, noun, markers, denotesActor);
            if (target.Count == 0)
            {
                target = Find(tree, predicate.Trigger, markers, denotesActor);
            }

            return [new EventReading(entry.Cameo, $"annalist:support-verb:{predicate.Lemma}+{entry.Lemma} ({entry.Source})", 2)
            {
                SourceHeads = inPhrase || owned.Count > 0 ? predicate.Subjects : null,
                TargetHeads = target.Count > 0 ? target : null,
                TriggerTokens = [noun],
                Block = entry.Lemma.ToUpperInvariant(),
            }];
        }

        return [];
    }

    /// <summary>
    /// Whether the predicate owns an act the lexicon reads ("claimed responsibility for the attack"): that act is the
    /// event, over the verb's own reading of the ownership (CAMEO.2.0's "- * RESPONSIBILITY [015] # CLAIM").
    /// </summary>
    public bool OwnsAct(SentenceTree tree, Annalist.Coding.Clauses.Predicate predicate) =>
        !predicate.Passive && ResponsibilityVerbs.Contains(predicate.Lemma) && OwnedActs(tree, predicate).Any(n => Entry(tree, n) is not null);

    /// <summary>The acts a subject owns through its object: the for-phrase of "responsibility" or "credit".</summary>
    private static List<int> OwnedActs(SentenceTree tree, Annalist.Coding.Clauses.Predicate predicate)
    {
        // The for-phrase hangs from the noun ("responsibility for the attack") or, in some parses, from the verb.
        var owning = predicate.Objects.Where(o => ResponsibilityNouns.Contains(tree.Lemma(o))).ToList();
        return owning.Count == 0 ? []
            : [.. owning.SelectMany(o => tree.ChildrenWithBase(o, "nmod").Where(n => tree.CaseMarker(n) == "for")), .. predicate.ObliqueHeads("for")];
    }

    public IReadOnlyList<EventReading> Read(SentenceTree tree, int noun, Func<int, bool> denotesActor)
    {
        if (Entry(tree, noun) is not { } entry)
        {
            return [];
        }

        var source = Find(tree, noun, entry.SourceMarkers, denotesActor);
        if (source.Count == 0 && UndergoingGovernor(tree, noun) is var governor and >= 0)
        {
            // "Israel drew condemnation from Turkey": the parse may hang the doer's from-phrase on the verb.
            source = Find(tree, governor, ["from"], denotesActor);
        }

        var target = Find(tree, noun, entry.TargetMarkers, denotesActor, exclude: source);
        if (source.Count == 0)
        {
            return [];
        }

        return [new EventReading(entry.Cameo, $"annalist:noun:{entry.Lemma} ({entry.Source})", 1) { SourceHeads = source, TargetHeads = target }];
    }

    private static List<int> CopularPredicates(SentenceTree tree, int noun)
    {
        var predicates = new List<int>();
        var head = tree.Head(noun);
        if (head >= 0 && tree.Child(head, "cop") >= 0)
        {
            predicates.Add(head);
        }

        foreach (var child in tree.Children(noun))
        {
            if ((tree.IsBase(child, "amod") || tree.IsBase(child, "compound")) && tree.Child(child, "cop") >= 0)
            {
                predicates.Add(child);
            }
        }

        return predicates;
    }

    /// <summary>
    /// The entry for a noun: a two-word entry made with one of its modifiers first ("hunger strike",
    /// "general strike", "air strike", "ethnic cleansing"), else the noun alone (lemma, or a plural form).
    /// </summary>
    private EventNoun? Entry(SentenceTree tree, int noun)
    {
        var lemma = tree.Lemma(noun);
        foreach (var child in tree.Children(noun))
        {
            if ((tree.IsBase(child, "compound") || tree.IsBase(child, "amod")) && nouns.TryGetValue($"{tree.Lemma(child)} {lemma}", out var phrase))
            {
                return phrase;
            }
        }

        if (nouns.TryGetValue(lemma, out var entry) || (lemma.EndsWith('s') && nouns.TryGetValue(lemma[..^1], out entry)))
        {
            return entry;
        }

        return null;
    }

    /// <summary>Whether the noun has an of-phrase ("the arrest of the activist"): then its possessor is the one who acts.</summary>
    private static bool HasOfPhrase(SentenceTree tree, int noun) => tree.Children(noun).ToArray().Any(c => IsPhraseWith(tree, c, "of"));

    /// <summary>Whether a dependent is a prepositional phrase with that preposition ("of", "against").</summary>
    private static bool IsPhraseWith(SentenceTree tree, int child, string preposition) =>
        (tree.IsBase(child, "nmod") || tree.IsBase(child, "obl")) && tree.CaseMarker(child) == preposition;

    /// <summary>The verb that undergoes the act the noun names (its object, or its under-phrase), or -1.</summary>
    private static int UndergoingGovernor(SentenceTree tree, int noun)
    {
        var governor = tree.Head(noun);
        return governor >= 0 && UndergoingVerbs.Contains(tree.Lemma(governor))
            && (tree.IsBase(noun, "obj") || tree.IsBase(noun, "obl") && tree.CaseMarker(noun) == "under") ? governor : -1;
    }

    /// <summary>The argument heads at the first marker that has one.</summary>
    private static List<int> Find(SentenceTree tree, int noun, IReadOnlyList<string> markers, Func<int, bool> denotesActor, IReadOnlyList<int>? exclude = null)
    {
        foreach (var marker in markers)
        {
            var heads = new List<int>();
            if (marker is "copula" or "copula-to")
            {
                // "North Korea and Russia are subject to UN sanctions": the noun hangs (via "to") from a copular
                // predicate — or, as parsers often make it, the predicate hangs from the noun as a modifier (amod, or compound
                // when the noun is read as a phrase of its own after "(United Nations)").
                foreach (var predicate in CopularPredicates(tree, noun))
                {
                    heads.AddRange(marker == "copula"
                        ? tree.ChildrenWithBase(predicate, "nsubj").Where(denotesActor)
                        : tree.ChildrenWithBase(predicate, "obl").Where(o => tree.CaseMarker(o) == "to" && o != noun && denotesActor(o)));
                }
            }
            else if (marker == "undergoer")
            {
                // "Israel drew condemnation from Turkey", "the convoy came under attack from rebels": the subject of the
                // verb the act is the object of (or, with "under", the oblique) is the one it is aimed at.
                if (UndergoingGovernor(tree, noun) is var governor and >= 0)
                {
                    heads.AddRange(tree.ChildrenWithBase(governor, "nsubj").Where(h => (exclude is null || !exclude.Contains(h)) && denotesActor(h)));
                }
            }
            else
            {
                foreach (var child in tree.Children(noun))
                {
                    var matches = marker switch
                    {
                        "poss" => tree.Relation(child) == "nmod:poss",
                        "poss-agent" => tree.Relation(child) == "nmod:poss" && HasOfPhrase(tree, noun), // "the police's arrest of X", not "his arrest"
                        "compound" => tree.IsBase(child, "compound") && tree.Upos(child) is "PROPN" or "NOUN",
                        "amod" => tree.IsBase(child, "amod") && !SponsorParticiples.Contains(tree.Document.Form(child)),
                        _ => IsPhraseWith(tree, child, marker),
                    };
                    if (matches && (exclude is null || !exclude.Contains(child)) && denotesActor(child))
                    {
                        heads.Add(child);
                    }
                }

                if (heads.Count == 0 && marker == "by")
                {
                    // "the arrest of a journalist by Chilean police": the parse hangs the agent from the of-phrase.
                    foreach (var of in tree.Children(noun))
                    {
                        if (IsPhraseWith(tree, of, "of"))
                        {
                            heads.AddRange(tree.Children(of).ToArray().Where(b => IsPhraseWith(tree, b, "by") && (exclude is null || !exclude.Contains(b)) && denotesActor(b)));
                        }
                    }
                }
            }

            if (heads.Count > 0)
            {
                return heads;
            }
        }

        return [];
    }
}
