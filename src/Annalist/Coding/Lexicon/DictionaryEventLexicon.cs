using Annalist.Coding.Clauses;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Verbs;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// The event lexicon over a CAMEO.2.0-format verb dictionary (the shipped one, PETRARCH's validation
/// dictionary, or a user's) and the project's event nouns. A predicate is read through the verbs
/// listed for its lemma (multi-word verbs need their particle): the most specific matching pattern
/// gives the code and the actor slots, else the verb's own code; a pattern coded <c>---</c>
/// suppresses the event. The passive side of an <c>[active:passive]</c> code applies to passives.
/// </summary>
public sealed class DictionaryEventLexicon(VerbDictionary verbs, NounEventLexicon? nouns) : IEventLexicon
{
    public bool MarksNounTarget(string lemma, string preposition) => nouns?.MarksTarget(lemma, preposition) ?? false;

    /// <summary>Make a visit: the code of a journey to a place ("flew to Moscow").</summary>
    private static readonly CameoCode Journey = CameoCode.Parse("042");

    /// <summary>Use conventional military force: the code of a violent death with no doer named.</summary>
    private static readonly CameoCode ViolentDeath = CameoCode.Parse("190");

    /// <summary>Words that bound an amount ("up to $150 million"): no particle of a multi-word verb.</summary>
    private static readonly WordClass AmountBounds = CodingRules.Shipped.Words("amount-bounds");

    /// <summary>
    /// Verbs too general for their CAMEO.2.0 block default to mean an event ("took", "left", "think",
    /// "want", "need"): they code only through a matching pattern ("took hostages", "left for talks").
    /// </summary>
    private static readonly WordClass NeedPattern = CodingRules.Shipped.Words("need-pattern");

    /// <summary>Verbs whose block default holds only with no object or that-clause ("demonstrated in the capital").</summary>
    private static readonly WordClass ObjectlessVerbs = CodingRules.Shipped.Words("objectless-verbs");

    /// <summary>Verbs of journeying whose to-phrase, when it names an actor (a country, a capital), is the one visited.</summary>
    private static readonly WordClass Journeys = CodingRules.Shipped.Words("journeys");

    /// <summary>PLOVER codes an official's resignation as RETREAT, mode resign; CAMEO has no such code (its nearest is 0831).</summary>
    private static readonly WordClass Resignations = CodingRules.Shipped.Words("resignations");

    public VerbDictionary Verbs => verbs;

    public IReadOnlyList<EventReading> ReadPredicate(SentenceTree tree, Predicate predicate, Func<int, bool> denotesActor, Func<int, bool> namesParty)
    {
        if (predicate.Copular && tree.Upos(predicate.Trigger) is "NOUN" or "PROPN")
        {
            return []; // "it's very soft stone": a noun after a copula is no verb of the dictionary
        }

        // The lemma's entries first; when they give no reading, the entries that list the trigger's form among their
        // inflections ("SHOOT {SHOOTS SHOOTING SHOT}"): a lemmatizer that reads "shot" as a lemma of its own misses them.
        var entries = verbs.ByLemma(predicate.Lemma);
        var (readings, final) = Read(tree, predicate, denotesActor, namesParty, entries);
        if (readings.Count == 0 && !final)
        {
            (readings, _) = Read(tree, predicate, denotesActor, namesParty, verbs.ByForm(tree.Document.Form(predicate.Trigger)).Where(e => !entries.Contains(e)).ToList());
        }

        readings.Sort((a, b) => b.Specificity.CompareTo(a.Specificity));

        // "held talks with Seoul", "staged demonstrations": a support verb with an event noun, unless a pattern of the verb itself matched.
        if (nouns is not null && (readings.Count == 0 || readings[0].Specificity == 0 || nouns.OwnsAct(tree, predicate)))
        {
            var support = nouns.ReadSupportVerb(tree, predicate, denotesActor);
            if (support.Count > 0)
            {
                return support;
            }
        }

        return readings;
    }

    /// <summary>Whether a pattern's match takes in the predicate's direct object (1) or not (0).</summary>
    private static int NamesObject(Predicate predicate, PatternMatch match) => match.Tokens.Any(predicate.Objects.Contains) ? 1 : 0;

    /// <summary>The readings of the predicate by some verb entries, and whether one of them said there is no event here (a pattern coded "---").</summary>
    private (List<EventReading> Readings, bool Final) Read(SentenceTree tree, Predicate predicate, Func<int, bool> denotesActor, Func<int, bool> namesParty, IReadOnlyList<VerbEntry> entries)
    {
        var readings = new List<EventReading>();
        PatternMatcher? matcher = null;
        foreach (var entry in entries)
        {
            var particles = entry.IsMultiWord ? MultiWordTokens(tree, predicate.Trigger, entry) : [];
            if (particles is null)
            {
                continue;
            }

            matcher ??= new PatternMatcher(tree, predicate, verbs.Synsets, namesParty);
            VerbPattern? bestPattern = null;
            PatternMatch? best = null;
            foreach (var pattern in verbs.PatternsOf(entry))
            {
                // Among equally specific patterns, the one written for this verb, then one that names the object: in
                // "opened fire across the border", OPEN's "- * FIRE [193]" and not "- * BORDER [080]", which comes first.
                if (matcher.Match(pattern, particles) is { } match
                    && (best is null || match.Score > best.Score
                        || (match.Score == best.Score && (WrittenFor(pattern, entry.Lemma), NamesObject(predicate, match)).CompareTo((WrittenFor(bestPattern!, entry.Lemma), NamesObject(predicate, best))) > 0)))
                {
                    (best, bestPattern) = (match, pattern);
                }
            }

            if (bestPattern is null && Journeys.Contains(entry.Lemma) && predicate.ObliqueHeads("to").Where(denotesActor).ToList() is { Count: > 0 } destinations)
            {
                // "Macron traveled to Beijing", "flew to Moscow": a journey to a country or its capital is a visit (042).
                readings.Add(new EventReading(Journey, "annalist:journey", 1) { TargetHeads = destinations, Block = entry.Block });
                continue;
            }

            if (bestPattern is null && NeedPattern.Contains(entry.Lemma))
            {
                continue;
            }

            if (bestPattern is null && ObjectlessVerbs.Contains(entry.Lemma)
                && (!predicate.Passive && predicate.Objects.Count > 0 || tree.ChildrenWithBase(predicate.Trigger, "ccomp").Any()))
            {
                continue; // "demonstrated its commitment", "demonstrates that the plan works": showing, not protesting
            }

            if (VoteOrGame(tree, predicate, entry.Lemma))
            {
                continue; // "were defeated in this constituency", "beat the incumbent in the election", "defeated Panama 3 – 0": a vote or a game, not force
            }

            if (bestPattern is null && PredicateFinder.IsDying(entry.Lemma))
            {
                // A verb of dying is an event only through a pattern ("died in clashes") or a violent cause.
                // "died in his sleep" is no event; "died as a result of torture" is violence by someone unnamed.
                if (Causes.HasViolentCause(tree, predicate.Trigger))
                {
                    readings.Add(new EventReading(ViolentDeath, "annalist:violent-death", 0) { Block = entry.Block });
                }

                continue;
            }

            var verbCode = bestPattern?.Code ?? entry.Code;
            var (forward, reverse) = (verbCode.Forward, verbCode.Reverse);
            if (forward is not null && reverse is not null && bestPattern is { CommentWords.Count: > 0 } && WrittenFor(bestPattern, entry.Lemma) == 0
                && !Dyads.Reciprocal.Contains(entry.Lemma))
            {
                // A two-way reading belongs to the verbs it was written for: "- &WEAPON * [193:193] # BATTLE" is a battle
                // both ways, but "Russian missiles hit Ukraine" (HIT shares the block) is no strike by Ukraine.
                reverse = null;
            }

            if (PredicateFinder.IsDying(entry.Lemma))
            {
                // The dictionary writes the dead as the source ("- * (IN CLASHES) [:190]": violence back on them);
                // Annalist reads dying like a passive, the dead as the target, so the sides swap.
                (forward, reverse) = (reverse, forward);
            }

            if (forward is null && reverse is null)
            {
                if (bestPattern is not null || entry.IsMultiWord)
                {
                    return (readings, true); // a specific pattern or phrasal verb coded "---" means: no event here
                }

                continue;
            }

            List<int> taken = [.. particles, .. best?.Tokens ?? []];
            readings.Add(new EventReading((forward ?? reverse)!.Value, bestPattern?.Id ?? $"{DictionaryOf(entry)}:{entry.Block}:{entry.Lemma}", (best?.Score ?? 0) + (entry.IsMultiWord ? 10 : 0))
            {
                ReverseCameo = forward is null ? null : reverse,
                OnlyReverse = forward is null,
                TargetHeads = best?.TargetHeads,
                SourceHeads = best?.SourceHeads,
                Symmetric = best?.Symmetric ?? false,
                TriggerTokens = taken,
                Block = entry.Block,
                Plover = Resignations.Contains(entry.Lemma) || (taken.Count > 0 && Resignations.Contains(Phrasal(tree, entry.Lemma, taken, predicate.Trigger))) ? ("RETREAT", "resign") : null,
            });
        }

        return (readings, false);
    }

    /// <summary>
    /// A verb with the words its entry or pattern took, as the word classes list phrasal verbs ("step down" by STEP's
    /// pattern "- * DOWN"; "stepped up pressure" is "step up pressure", no resignation).
    /// </summary>
    private static string Phrasal(SentenceTree tree, string lemma, IEnumerable<int> words, int verb) =>
        string.Join(' ', words.Where(t => t > verb).Order().Select(t => tree.Document.Form(t).ToLowerInvariant()).Prepend(lemma));

    /// <summary>Verbs of winning and losing that news uses for votes and games as much as for battles.</summary>
    private static readonly WordClass Contests = CodingRules.Shipped.Words("contests");

    /// <summary>Words of elections: a contest in their clause is a vote.</summary>
    private static readonly WordClass ElectionWords = CodingRules.Shipped.Words("election-words");

    /// <summary>
    /// Whether a verb of winning or losing is said of a vote ("defeated in the election", "beat him by 5,000 votes") or
    /// of a game: its clause gives a score ("Sweden defeated South Korea 1 – 0", "won 3-1").
    /// </summary>
    private static bool VoteOrGame(SentenceTree tree, Predicate predicate, string lemma)
    {
        if (!Contests.Contains(lemma))
        {
            return false;
        }

        var clause = tree.Subtree(predicate.Trigger);
        for (var t = clause.Start; t < clause.End; t++)
        {
            if (ElectionWords.Contains(tree.Lemma(t)) || ElectionWords.Contains(tree.Document.Form(t)) || IsScore(tree.Document, t, clause.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A score at the token: two small numbers joined by a dash ("1 – 0", "3-1"), as one token or three.</summary>
    private static bool IsScore(Documents.Document document, int t, int end)
    {
        static bool Small(ReadOnlySpan<char> s) => s.Length is > 0 and <= 2 && s.IndexOfAnyExceptInRange('0', '9') < 0;
        static bool Dash(ReadOnlySpan<char> s) => s is "-" or "–" or "—";
        var form = document.Form(t).AsSpan();
        var dash = form.IndexOfAny("-–—");
        if (dash > 0 && Small(form[..dash]) && Small(form[(dash + 1)..]))
        {
            return true;
        }

        return t + 2 < end && Small(form) && Dash(document.Form(t + 1)) && Small(document.Form(t + 2));
    }

    public IReadOnlyList<EventReading> ReadNoun(SentenceTree tree, int noun, Func<int, bool> denotesActor) =>
        nouns?.Read(tree, noun, denotesActor) ?? [];

    /// <summary>
    /// How plainly a pattern's comment names the verb it was written for ("- * &amp;MILITARY [154] # DEPLOY"). A
    /// CAMEO.2.0 block pools the patterns of all its verbs, so "send troops" (072) and "deploy troops" (154)
    /// are the same pattern text with different codes; among equally specific matches the verb's own wins.
    /// </summary>
    private static int WrittenFor(VerbPattern pattern, string lemma)
    {
        var words = pattern.CommentWords;
        if (!words.Any(w => w.Equals(lemma, StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        // Written for this verb alone ("# DEPLOY") beats shared with another ("# SEND , DEPLOY").
        return words.All(w => w.Equals(lemma, StringComparison.OrdinalIgnoreCase)) ? 2 : 1;
    }

    /// <summary>The dictionary a verb entry was read from ("CAMEO.2.0", "verbs" for the project overlay), from its source file.</summary>
    private static string DictionaryOf(VerbEntry entry)
    {
        var file = entry.Source;
        var colon = file.LastIndexOf(':');
        return Path.GetFileNameWithoutExtension(colon > 0 ? file[..colon] : file);
    }

    /// <summary>Whether a word opens a bound of the amount after it ("give up to $150 million"; word class amount-bounds).</summary>
    private static bool BoundsAmount(SentenceTree tree, int word)
    {
        var (next, amount) = (word + 1, word + 2);
        // A figure or a currency sign ("up to 200", "up to $150 million"), not a number word ("opening up to one market").
        return amount < tree.Sentence.Tokens.End && (tree.Upos(amount) == "SYM" || tree.Upos(amount) == "NUM" && char.IsAsciiDigit(tree.Document.Form(amount)[0]))
            && AmountBounds.Contains($"{tree.Document.Form(word)} {tree.Document.Form(next)}".ToLowerInvariant());
    }

    /// <summary>The tokens of the other words of a multi-word verb ("called off": off), found as a particle or as neighbours; null when absent.</summary>
    private static List<int>? MultiWordTokens(SentenceTree tree, int trigger, VerbEntry entry)
    {
        var tokens = new List<int>();
        for (var k = 0; k < entry.Words.Count; k++)
        {
            if (k == entry.VerbIndex)
            {
                continue;
            }

            var word = entry.Words[k];
            var found = -1;
            foreach (var child in tree.Children(trigger))
            {
                if (tree.Document.Form(child).Equals(word, StringComparison.OrdinalIgnoreCase) && (tree.Relation(child) is "compound:prt" or "advmod" or "obl" or "obj" || Math.Abs(child - trigger) <= 3))
                {
                    found = child;
                    break;
                }
            }

            var neighbour = trigger + (k - entry.VerbIndex);
            if (found < 0 && tree.Sentence.Tokens.Contains(neighbour) && tree.Document.Form(neighbour).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                found = neighbour;
            }

            if (found < 0 || BoundsAmount(tree, found))
            {
                return null;
            }

            tokens.Add(found);
        }

        return tokens;
    }
}
