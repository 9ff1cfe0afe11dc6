using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;

namespace Annalist.Coding.Clauses;

/// <summary>
/// Reads the predicates of a parsed sentence off its dependency tree (UD relations): subjects,
/// passive agents, objects, obliques with their prepositions, and how each clause hangs from its
/// governor. Missing subjects are recovered the way a reader does: object control ("urged Seoul to
/// send" → Seoul sends), subject control ("agreed to lift" → the agreeing party lifts), "X accused Y
/// of V-ing" (Y does V), "in exchange for V-ing" (the recipient does V), conjoined verbs, participles
/// and relative clauses (the modified noun).
/// </summary>
public static class PredicateFinder
{
    private static readonly WordClass Aspectual = CodingRules.Shipped.Words("aspectual-verbs");

    private static readonly WordClass RelativePronouns = CodingRules.Shipped.Words("relative-pronouns");

    private static readonly WordClass ObjectControl = CodingRules.Shipped.Words("object-control");

    /// <summary>Verbs of dying: their subject undergoes the event, so they read like passives with no agent.</summary>
    private static readonly WordClass Dying = CodingRules.Shipped.Words("dying");

    /// <summary>Documents a party issues, adopts or sends ("a statement condemning Israel"): whoever issued one does what it does.</summary>
    private static readonly WordClass DocumentNouns = CodingRules.Shipped.Words("document-nouns");

    /// <summary>Verbs through which a subject does what the document it issues says ("adopted a resolution condemning X").</summary>
    private static readonly WordClass IssuingVerbs = CodingRules.Shipped.Words("issuing-verbs");

    /// <summary>Verbs of expelling: in the passive, whoever the party is expelled from expels it.</summary>
    private static readonly WordClass ExpellingVerbs = CodingRules.Shipped.Words("expelling-verbs");

    private static readonly WordClass FightingNouns = CodingRules.Shipped.Words("fighting-nouns");

    /// <summary>Verbs that need an object when active ("killed", "arrested"): with a subject and none, a headline's passive.</summary>
    private static readonly WordClass ObjectNeedingVerbs = CodingRules.Shipped.Words("object-needing-verbs");

    /// <summary>Verbs of making or letting someone do something that need that someone as their object when active ("forced him to flee").</summary>
    private static readonly WordClass ObjectNeedingControls = CodingRules.Shipped.Words("object-needing-controls");

    /// <summary>Verbs whose object is the subject of an "of/for V-ing" complement: accuse Y of V-ing, blame Y for V-ing.</summary>
    private static readonly WordClass ObjectIsAgentOfComplement = CodingRules.Shipped.Words("object-is-agent-of-complement");

    public static List<Predicate> Find(SentenceTree tree)
    {
        var predicates = new List<Predicate>();
        var byTrigger = new Dictionary<int, Predicate>();
        foreach (var token in tree.PreOrder())
        {
            if (!IsPredicate(tree, token))
            {
                continue;
            }

            var predicate = Build(tree, token, byTrigger);
            predicates.Add(predicate);
            byTrigger[token] = predicate;
        }

        // "were arrested and tortured by police": the agent of the last participle is the first one's too.
        for (var i = 0; i < predicates.Count; i++)
        {
            var parent = predicates[i];
            if (parent.Passive && parent.Agents.Count == 0
                && predicates.FirstOrDefault(p => p.Parent == parent.Trigger && p.LinkToParent == "conj" && p.SubjectInherited && p.Agents.Count > 0
                    && SubjectInheritance.SharesPassive(tree, p.Trigger, parent)) is { } conjunct)
            {
                predicates[i] = parent with { Agents = conjunct.Agents };
            }
        }

        predicates.Sort((a, b) => a.Trigger.CompareTo(b.Trigger));
        return predicates;
    }

    private static bool IsPredicate(SentenceTree tree, int token)
    {
        var upos = tree.Upos(token);
        if (upos == "VERB")
        {
            return true;
        }

        // A word tagged as a noun that carries an auxiliary and a subject or object is a verb the tagger missed
        // (quoted words: her country will "firmly support" Russia).
        if (upos is "NOUN" or "ADJ" && tree.Child(token, "aux") >= 0 && (tree.ChildrenWithBase(token, "nsubj").Any() || tree.ChildrenWithBase(token, "obj").Any()))
        {
            return true;
        }

        // Copular predicates ("are subject to sanctions", "is ready to talk") and AUX used as a main verb ("has troops").
        return (tree.Child(token, "cop") >= 0 && upos is "ADJ" or "NOUN" or "PROPN")
            || (upos == "AUX" && tree.Head(token) < 0 && tree.ChildrenWithBase(token, "obj").Any());
    }

    private static Predicate Build(SentenceTree tree, int trigger, Dictionary<int, Predicate> built)
    {
        var subjects = new List<int>();
        var passive = false;
        foreach (var child in tree.Children(trigger))
        {
            var relation = tree.Relation(child);
            if (relation is "nsubj" or "nsubj:pass" or "csubj" or "csubj:pass" or "nsubj:outer")
            {
                subjects.AddRange(tree.WithConjuncts(child));
                passive |= relation.EndsWith(":pass", StringComparison.Ordinal);
            }
            else if (relation == "aux:pass")
            {
                passive = true;
            }
        }

        // "Five soldiers killed in ambush near Mosul": a headline's participle with no auxiliary, of a verb that needs an
        // object when active, and with none, is a passive (EWT and GUM annotate such headlines nsubj:pass; the parser
        // read the soldiers as killers). Not one that shares a conjoined verb's object ("Police arrested and questioned
        // the student").
        // So is one of making or letting someone do something with its to-infinitive and no one made to ("Opposition leader
        // forced to flee", "Boeing allowed to bid again"): active, it needs that someone as its object ("forced him to flee").
        var controlled = ObjectNeedingControls.Contains(tree.Lemma(trigger))
            && tree.ChildrenWithBase(trigger, "xcomp").Any(x => tree.HasChildLemma(x, "mark", "to"));
        if (!passive && subjects.Count > 0 && (ObjectNeedingVerbs.Contains(tree.Lemma(trigger)) || controlled) && tree.Document.Xpos(trigger) is "VBD" or "VBN" && !tree.IsBase(trigger, "acl")
            && !tree.Children(trigger).ToArray().Any(c => tree.Relation(c) is "obj" or "iobj" or "ccomp" or "expl" || tree.Relation(c) == "xcomp" && !controlled || tree.IsBase(c, "aux")
                || (tree.Relation(c) == "conj" && tree.ChildrenWithBase(c, "obj").Any())))
        {
            passive = true;
        }

        // "Three soldiers died in clashes": the subject of dying suffers the act, as a passive's does.
        var grammaticalPassive = passive;
        passive |= IsDying(tree.Lemma(trigger));

        var objects = tree.ChildrenWithBase(trigger, "obj").SelectMany(tree.WithConjuncts).ToList();
        if (objects.Count == 0 && ObjectIsAgentOfComplement.Contains(tree.Lemma(trigger)))
        {
            objects.AddRange(SubjectInheritance.AccusedAsComplementSubject(tree, trigger));
        }

        var indirect = tree.ChildrenWithBase(trigger, "iobj").SelectMany(tree.WithConjuncts).ToList();
        var agents = new List<int>();
        var obliques = new List<Oblique>();
        foreach (var child in tree.ChildrenWithBase(trigger, "obl"))
        {
            var marker = tree.CaseMarker(child);
            if (tree.Relation(child) == "obl:agent" || (passive && marker == "by"))
            {
                agents.AddRange(tree.WithConjuncts(child));
                continue;
            }

            foreach (var head in tree.WithConjuncts(child))
            {
                obliques.Add(new Oblique(marker, head));
            }

            // "granted asylum to 18 Rwandan rebels" parsed with the number as the oblique and the noun as a
            // second, unmarked one: the noun belongs to the number's preposition.
            if (marker.Length > 0 && tree.Upos(child) == "NUM" && NounAfterNumber(tree, trigger, tree.Subtree(child).End) is { } noun)
            {
                obliques.Add(new Oblique(marker, noun));
            }
        }

        if (grammaticalPassive && agents.Count == 0)
        {
            // "were freed from captivity by pirates", "was killed in an attack by rebels": a parse that hangs
            // the by-phrase from the verb's oblique still names the passive's agent (the author of a report that an
            // "according to" phrase cites does not).
            agents.AddRange(obliques.Where(o => o.Preposition is not ("according to" or "according")).SelectMany(o => tree.ChildrenWithBase(o.Head, "nmod"))
                .Where(n => tree.CaseMarker(n) == "by").SelectMany(tree.WithConjuncts));
        }

        if (passive && agents.Count == 0)
        {
            // "Five militants were killed in clashes with security forces", "two soldiers died in an exchange of fire with
            // rebels": whoever the victims fought is who killed them.
            agents.AddRange(obliques.Where(o => o.Preposition == "in" && FightingNouns.Contains(tree.Lemma(o.Head)))
                .SelectMany(o => tree.ChildrenWithBase(o.Head, "nmod")).Where(n => tree.CaseMarker(n) == "with").SelectMany(tree.WithConjuncts));
        }

        if (grammaticalPassive && agents.Count == 0 && ExpellingVerbs.Contains(tree.Lemma(trigger)))
        {
            // "two diplomats were expelled from Zembla": with no by-phrase, the party they leave expels them.
            agents.AddRange(obliques.Where(o => o.Preposition == "from").Select(o => o.Head));
            obliques.RemoveAll(o => o.Preposition == "from");
        }

        var parentToken = ClauseParent(tree, trigger, out var link);
        var clauseMarker = tree.CaseMarker(trigger);
        if (SubjectInheritance.IsMisattachedComplement(tree, trigger, parentToken, link, clauseMarker, subjects.Count))
        {
            link = "xcomp";
        }
        else if (link == "acl" && tree.Head(trigger) == parentToken && parentToken >= 0 && tree.Upos(parentToken) == "VERB")
        {
            // A participle clause hung from a verb as if from a noun ("passed a resolution on Thursday | criticizing the
            // president" with the time phrase between): a clause modifies a noun, so this one is adverbial and its
            // subject is the verb's.
            link = "advcl";
        }

        var inherited = false;
        if (subjects.Count == 0 && parentToken >= 0 && built.TryGetValue(parentToken, out var parent))
        {
            subjects.AddRange(SubjectInheritance.InheritedSubjects(tree, trigger, link, clauseMarker, parent));
            inherited = subjects.Count > 0;
            // "were tortured and killed": the second participle shares the passive of the first, and its agent.
            // "ordered the opposition leader arrested": the object of the governing verb undergoes the participle (a
            // passive whose agent only its own by-phrase names), it does not arrest anyone.
            var sharesPassive = inherited && link == "conj" && SubjectInheritance.SharesPassive(tree, trigger, parent);
            if (sharesPassive || (inherited && (SubjectInheritance.IsObjectParticiple(tree, trigger, link, parent)
                || SubjectInheritance.IsReducedPassive(tree, trigger, link, clauseMarker))))
            {
                passive = true;
                if (agents.Count == 0)
                {
                    agents.AddRange(obliques.Where(o => o.Preposition == "by").Select(o => o.Head));
                    obliques.RemoveAll(o => o.Preposition == "by");
                }

                if (sharesPassive && agents.Count == 0)
                {
                    agents.AddRange(parent.Agents);
                }
            }
        }
        else if (link == "acl:relcl" && parentToken >= 0)
        {
            // "the troops, who crossed the border": the relative pronoun stands for the modified noun.
            var antecedent = tree.Head(trigger);
            for (var i = 0; i < subjects.Count; i++)
            {
                if (IsRelativePronoun(tree, subjects[i]))
                {
                    subjects[i] = antecedent;
                    inherited = true;
                }
            }

            // "the sanctions which the EU imposed on Russia", "the country to which Japan sent aid": so does a relative
            // pronoun that is the clause's object or the head of one of its phrases, so that patterns and roles see
            // the noun ("- * SANCTIONS (ON +)").
            for (var i = 0; i < objects.Count; i++)
            {
                if (IsRelativePronoun(tree, objects[i]))
                {
                    objects[i] = antecedent;
                }
            }

            for (var i = 0; i < obliques.Count; i++)
            {
                if (IsRelativePronoun(tree, obliques[i].Head))
                {
                    obliques[i] = obliques[i] with { Head = antecedent };
                }
            }
        }

        if (subjects.Count == 0 && !passive && tree.ChildrenWithBase(trigger, "obl").FirstOrDefault(o => tree.CaseMarker(o) == "between", -1) is var between and >= 0
            && tree.WithConjuncts(between).Count() > 1)
        {
            // "fighting between Azerbaijanis and Armenians": with no subject, the parties between whom it happens act.
            subjects.AddRange(tree.WithConjuncts(between));
            obliques.RemoveAll(o => o.Preposition == "between");
        }

        if (subjects.Count == 0 && IsFinite(tree, trigger) && SubjectBefore(tree, trigger) is var before and >= 0)
        {
            // Repair for a common parse error: a finite verb always has a subject, and "..., Kim Jong-un said"
            // sometimes comes out with the name attached elsewhere. Take the nominal right before the verb.
            subjects.Add(before);
            inherited = true;
        }

        if (subjects.Count == 0 && link is "acl" or "acl:relcl" && tree.Head(trigger) >= 0)
        {
            // Reduced relatives: "missiles supplied by Russia" (passive participle: the noun is the target),
            // "troops fighting in Ukraine" (present participle: the noun is the subject).
            var noun = tree.Head(trigger);
            if (tree.Document.Xpos(trigger) == "VBN")
            {
                passive = true;
            }

            if (!passive && DocumentNouns.Contains(tree.Lemma(noun)) && tree.IsBase(noun, "obj") && built.TryGetValue(tree.Head(noun), out var governing))
            {
                // "The UN issued a statement condemning Israel", "parliament passed a resolution criticizing the
                // president": the document does what its issuer does through it. "Russia vetoed a resolution
                // condemning X": a document blocked, rejected or opposed does nothing.
                if (IssuingVerbs.Contains(governing.Lemma))
                {
                    subjects.AddRange(governing.Subjects);
                }
            }
            else
            {
                subjects.Add(noun);
            }

            inherited = true;
        }

        return new Predicate
        {
            Trigger = trigger,
            Lemma = tree.Lemma(trigger),
            Passive = passive,
            Subjects = subjects,
            SubjectInherited = inherited,
            Agents = agents,
            Objects = objects,
            IndirectObjects = indirect,
            Obliques = obliques,
            Parent = parentToken,
            LinkToParent = link,
            Marker = clauseMarker,
            Copular = tree.Child(trigger, "cop") >= 0,
        };
    }

    private static bool IsRelativePronoun(SentenceTree tree, int token) =>
        tree.Upos(token) == "PRON" && RelativePronouns.Contains(tree.Lemma(token));

    /// <summary>Whether a verb is one of dying, whose predicate reads the dead (its subject) as a passive's subject.</summary>
    internal static bool IsDying(string lemma) => Dying.Contains(lemma);

    /// <summary>Verbs (and predicate adjectives) whose "to"-infinitive is their complement, never a purpose clause.</summary>
    internal static bool TakesInfinitiveComplement(string lemma) =>
        (ObjectControl.Contains(lemma) && !lemma.Equals("send", StringComparison.OrdinalIgnoreCase))
        || Attribution.FramingVerbs.Intending.Contains(lemma) || Attribution.FramingVerbs.Refusing.Contains(lemma)
        || Attribution.FramingVerbs.Negating.Contains(lemma) || Attribution.FramingVerbs.Requesting.Contains(lemma)
        || Aspectual.Contains(lemma);

    /// <summary>A finite verb, or a copular predicate with a finite copula ("is willing"): it must have a subject.</summary>
    private static bool IsFinite(SentenceTree tree, int token)
    {
        var finite = tree.Document.Xpos(token) is "VBD" or "VBZ" or "VBP"
            || (tree.Child(token, "cop") is var cop and >= 0 && tree.Document.Xpos(cop) is "VBD" or "VBZ" or "VBP");
        return finite && tree.Relation(token) is not ("amod" or "acl" or "acl:relcl" or "xcomp" or "conj");
    }

    /// <summary>A nominal immediately before the verb (skipping adverbs and punctuation of a name) that is not already its object.</summary>
    private static int SubjectBefore(SentenceTree tree, int trigger)
    {
        for (var t = trigger - 1; t >= tree.Sentence.Tokens.Start && trigger - t <= 3; t--)
        {
            var upos = tree.Upos(t);
            if (upos is "ADV" or "AUX" or "PART")
            {
                continue;
            }

            if (upos is not ("PROPN" or "NOUN" or "PRON"))
            {
                return -1;
            }

            // The head of the name this token belongs to ("Kim Jong - un": Kim).
            var head = t;
            var guard = 0;
            while (tree.Relation(head) is "flat" or "compound" or "punct" && tree.Head(head) >= 0 && guard++ < 6)
            {
                head = tree.Head(head);
            }

            return tree.Head(head) == trigger && tree.IsBase(head, "obj") ? -1 : head;
        }

        return -1;
    }

    /// <summary>The predicate that governs this clause, skipping nouns in between ("in exchange for sending" → supplied).</summary>
    private static int ClauseParent(SentenceTree tree, int trigger, out string link)
    {
        link = tree.Relation(trigger);
        var head = tree.Head(trigger);
        if (head < 0)
        {
            link = string.Empty;
            return -1;
        }

        if (SubjectInheritance.IsExchange(tree, trigger, out var governor) && governor >= 0 && IsPredicate(tree, governor))
        {
            return governor;
        }

        // A clause attached to a nominal argument belongs, for subject recovery, to the nominal's predicate.
        var guard = 0;
        while (head >= 0 && !IsPredicate(tree, head) && guard++ < 50)
        {
            if (link is "acl" or "acl:relcl")
            {
                return head; // relative clauses recover their subject from the noun itself
            }

            head = tree.Head(head);
        }

        return head;
    }

    /// <summary>The unmarked oblique of the trigger whose phrase starts right after a number ("18 | Rwandan rebels").</summary>
    private static int? NounAfterNumber(SentenceTree tree, int trigger, int start)
    {
        foreach (var other in tree.ChildrenWithBase(trigger, "obl"))
        {
            if (tree.Subtree(other).Start == start && tree.CaseMarker(other).Length == 0 && tree.Upos(other) is "NOUN" or "PROPN")
            {
                return other;
            }
        }

        return null;
    }
}
