using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Dates;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Constructions;

/// <summary>
/// The condemning-statement shape of constructions.tsv: "Previous negotiations with Washington only highlighted
/// its 'aggressive and hostile' policy, Kim said": a statement whose content condemns a named foreign actor is an
/// accusation by the speaker (CAMEO 111, criticize or denounce → PLOVER ACCUSE), dated and placed by the statement
/// itself. The anchor's words, the condemning words and the exceptions are the row's.
/// </summary>
internal static class StatementConstruction
{
    public static IEnumerable<EventCandidate> Apply(SentenceTree tree, IReadOnlyList<Predicate> predicates, ArgumentResolver resolver, ClaimAnalyzer claims, DateAssigner dates, PlaceAssigner places, IReadOnlyList<ConstructionRule> rules)
    {
        var shapeRules = rules.Where(r => r.Shape == ConstructionShape.CondemningStatement).ToList();
        if (shapeRules.Count == 0)
        {
            yield break;
        }

        var byTrigger = predicates.ToDictionary(p => p.Trigger);
        foreach (var statement in predicates)
        {
            var content = -1;
            var rule = shapeRules.FirstOrDefault(r => ConstructionMatcher.Holds(r, statement) && (content = Content(tree, statement)) >= 0 && Condemns(tree, content, r.Slots));
            if (rule is null)
            {
                continue;
            }

            var ruleId = rule.Name;

            var speakers = statement.Subjects.SelectMany(resolver.Resolve).Where(m => !m.IsOutlet).ToList();
            if (speakers.Count == 0 || ReportsOwnAct(tree, content, speakers, byTrigger, resolver))
            {
                continue;
            }

            var range = tree.Subtree(content);
            var (name, named) = Naming(tree, statement.Trigger);
            named = content == name ? named : -1;
            if (named >= 0)
            {
                var objectRange = tree.Subtree(named);
                range = new Documents.TokenRange(Math.Min(range.Start, objectRange.Start), Math.Max(range.End, objectRange.End));
            }

            var targets = new List<ActorMention>();
            for (var t = range.Start; t < range.End; t++)
            {
                if (tree.Dominates(statement.Trigger, t) && !tree.Dominates(content, t) && (named < 0 || !tree.Dominates(named, t)))
                {
                    continue; // the speaker's own words about the statement ("Kim said in a speech ..."), not its content
                }

                foreach (var mention in resolver.Resolve(t))
                {
                    if (!mention.IsOutlet && !targets.Contains(mention) && speakers.All(s => s.Country != mention.Country))
                    {
                        targets.Add(mention);
                    }
                }
            }

            if (targets.Count == 0)
            {
                continue;
            }

            var claim = claims.Analyze(statement);
            var dated = dates.Decide(statement, claim.Status, -1, byTrigger);
            var (date, precision, dateText) = (dated.Date, dated.Precision, dated.Text);
            var place = places.Assign(statement);
            // "China would retaliate if the Philippines continued its provocations": the party of the clause the
            // condemning word stands in is the one condemned, not the first foreign party of the content.
            var scope = CondemningClause(tree, content, rule.Slots);
            var target = (scope is { } clause ? targets.FirstOrDefault(m => clause.Contains(m.Tokens)) : null) ?? targets[0];
            foreach (var speaker in speakers)
            {
                yield return new EventCandidate(tree.Sentence.Index, statement.Trigger, new Documents.TokenRange(statement.Trigger, statement.Trigger + 1), rule.Code, ruleId,
                    speaker, target, claim.Status, claim.ClaimedBy, claim.ReportedBy, date, precision, dateText, place)
                {
                    Explain = new EventExplanation(
                        $"{rule.Row} {rule.Id}: a statement that condemns a named foreign actor (word classes {rule.Slots.Class("words").Name}, {rule.Slots.Class("except").Name})",
                        "the speaker: subject of the statement (PredicateFinder)",
                        $"{rule.Row} {rule.Id}: the first actor of another country named in the statement's content",
                        dated.Why,
                        place is null ? "none: no locative phrase of the statement names a place (places:none)" : PlaceAssigner.Why("places:clause-locative: a locative phrase of the statement", place)),
                };
            }
        }
    }

    /// <summary>
    /// Whether the content is an act of the speaker's own side ("The Kenyan army said it had destroyed a terrorist hideout
    /// in Somalia", "Egypt said its forces killed 20 terrorists"): the speaker reports what it did, and the condemning
    /// word describes whom it did it to; it accuses no one. The doer (the subject itself, or what its pronoun stands for;
    /// not a party in its modifiers) is of the speaker's country, or its own people by a possessive pronoun ("its
    /// forces", "our troops").
    /// </summary>
    private static bool ReportsOwnAct(SentenceTree tree, int content, List<ActorMention> speakers, Dictionary<int, Predicate> byTrigger, ArgumentResolver resolver)
    {
        if (!byTrigger.TryGetValue(content, out var act) || act.Passive)
        {
            return false;
        }

        foreach (var subject in act.Subjects)
        {
            if (tree.HasPossessivePronoun(subject))
            {
                return true;
            }

            IReadOnlyList<ActorMention> doers = tree.Upos(subject) == "PRON" ? resolver.Resolve(subject) : resolver.Covering(subject) is { } named ? [named] : [];
            if (doers.Any(doer => speakers.Any(s => s.Country.Length > 0 && s.Country == doer.Country)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause the statement reports: its clausal complement, or the main clause it is an aside to ("..., Kim said"),
    /// or the name it gives its object ("called the vote a sham": the predicative complement).
    /// </summary>
    private static int Content(SentenceTree tree, Predicate statement)
    {
        var complement = tree.Child(statement.Trigger, "ccomp");
        if (complement >= 0)
        {
            return complement;
        }

        if (statement.LinkToParent == "parataxis")
        {
            return statement.Parent;
        }

        return Naming(tree, statement.Trigger).Name;
    }

    /// <summary>
    /// The nominal or adjectival complement a verb names its object with, and that object ("called [the vote] [a sham]");
    /// (-1, -1) when the verb names nothing.
    /// </summary>
    private static (int Name, int Object) Naming(SentenceTree tree, int trigger)
    {
        var name = tree.Child(trigger, "xcomp");
        var named = tree.Child(trigger, "obj");
        return name >= 0 && named >= 0 && tree.Document.Upos(name) is "NOUN" or "PROPN" or "ADJ" ? (name, named) : (-1, -1);
    }

    /// <summary>
    /// Whether the verb of <paramref name="trigger"/> names its object with a nominal or adjectival complement ("called
    /// the vote a sham"): then no other reading of it holds (the call is no phone call).
    /// </summary>
    public static bool NamesItsObject(SentenceTree tree, int trigger) => Naming(tree, trigger).Name >= 0;

    /// <summary>
    /// "ordered out of Nigeria as illegal aliens", "illegal weapons", "terrorist suspects": the word classifies people
    /// or goods the statement is about; it condemns no one.
    /// </summary>
    private static bool DescribesPeopleOrGoods(SentenceTree tree, int word, WordClass described)
    {
        var head = tree.Head(word);
        return tree.Relation(word) is "amod" or "compound" && head >= 0 && described.Contains(tree.Lemma(head));
    }

    /// <summary>
    /// The tokens of the innermost clause inside the content that holds its first condemning word, or null when that is
    /// the content itself ("called the Venezuelan leader a dictator": the word names the condemned, it is no clause of theirs).
    /// </summary>
    private static Documents.TokenRange? CondemningClause(SentenceTree tree, int content, ConstructionSlots slots)
    {
        var clause = FirstCondemningWord(tree, content, slots);
        if (clause < 0)
        {
            return null;
        }

        while (clause != content && tree.Upos(clause) != "VERB" && tree.Head(clause) >= 0)
        {
            clause = tree.Head(clause);
        }

        return clause == content || !tree.Dominates(content, clause) ? null : tree.Subtree(clause);
    }

    private static bool Condemns(SentenceTree tree, int content, ConstructionSlots slots) => FirstCondemningWord(tree, content, slots) >= 0;

    /// <summary>The first word of the content of the slots' condemning class that does not describe people or goods, or -1.</summary>
    private static int FirstCondemningWord(SentenceTree tree, int content, ConstructionSlots slots)
    {
        var condemning = slots.Class("words");
        var described = slots.Class("except");
        var range = tree.Subtree(content);
        for (var t = range.Start; t < range.End; t++)
        {
            if ((condemning.Contains(tree.Document.Form(t)) || condemning.Contains(tree.Lemma(t))) && !DescribesPeopleOrGoods(tree, t, described))
            {
                return t;
            }
        }

        return -1;
    }
}
