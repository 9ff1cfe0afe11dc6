using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Constructions;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// What the words of a sentence read as, in the order the coder codes them: the constructions of constructions.tsv
/// (which consume their anchors), then each remaining predicate's best dictionary reading (or a reported demand),
/// then each event noun's best reading under the predicate that governs it.
/// </summary>
internal sealed class SentenceReadings(
    SentenceTree tree,
    IReadOnlyList<Predicate> predicates,
    IReadOnlyDictionary<int, Predicate> byTrigger,
    ArgumentResolver resolver,
    IEventLexicon lexicon,
    ClaimAnalyzer claims,
    Participants participants)
{
    /// <summary>Make a demand: the code of a demand a statement reports ("called for ...").</summary>
    private static readonly CameoCode ReportedDemand = CameoCode.Parse("100");

    /// <summary>Each reading with the predicate it is coded under and the trigger token (the predicate's, or an event noun's).</summary>
    public List<(Predicate Predicate, EventReading Reading, int Trigger)> Find()
    {
        var found = new List<(Predicate Predicate, EventReading Reading, int Trigger)>();
        var consumed = new HashSet<int>();
        var constructions = new ConstructionMatcher(tree, predicates, resolver, CodingRules.Shipped.Constructions);
        foreach (var (rule, anchor, purpose, recipients, means) in constructions.ForcesForAPurpose())
        {
            var reading = new EventReading(rule.Code, rule.Name, 100) { TargetHeads = recipients, TriggerTokens = [means] };
            found.Add((anchor, reading, anchor.Trigger));
            consumed.Add(anchor.Trigger);
            consumed.Add(purpose.Trigger);
        }

        foreach (var (rule, anchor, thing, recipients) in constructions.Handovers())
        {
            // The dictionary's own reading of that root stays ("supplied missiles to North Korea" is CAMEO.2.0:SUPPLY#12).
            var unless = rule.Slots.Word("unless-read");
            if (!consumed.Contains(anchor.Trigger)
                && !(unless.Length > 0 && lexicon.ReadPredicate(tree, anchor, participants.DenotesActor, participants.NamesParty) is [var own, ..] && own.Cameo.IsUnder(unless))
                && consumed.Add(anchor.Trigger))
            {
                var reading = new EventReading(rule.Code, rule.Name, 100) { TargetHeads = recipients, TriggerTokens = [thing] };
                found.Add((anchor, reading, anchor.Trigger));
            }
        }

        foreach (var predicate in predicates)
        {
            if (consumed.Contains(predicate.Trigger))
            {
                continue;
            }

            var readings = lexicon.ReadPredicate(tree, predicate, participants.DenotesActor, participants.NamesParty);
            if (readings.Count > 0)
            {
                found.Add((predicate, readings[0], predicate.Trigger));
            }
            else if (claims.Analyze(predicate).Intention == Intention.Demanded)
            {
                // "China must drop barriers to U.S. exports, the administration declared": a demand even when the act has no reading.
                found.Add((predicate, new EventReading(ReportedDemand, "annalist:reported-demand", 0), predicate.Trigger));
            }
        }

        for (var token = tree.Sentence.Tokens.Start; token < tree.Sentence.Tokens.End; token++)
        {
            if (tree.Upos(token) is not ("NOUN" or "PROPN") || byTrigger.ContainsKey(token))
            {
                continue;
            }

            var readings = lexicon.ReadNoun(tree, token, participants.DenotesActor);
            if (readings.Count > 0)
            {
                // A headline-like or misparsed sentence may leave the event noun as the root: it governs itself.
                var governor = Governor(token) ?? new Predicate { Trigger = token, Lemma = tree.Lemma(token) };
                found.Add((governor, readings[0], token));
            }
        }

        return found;
    }

    /// <summary>The predicate whose clause contains a noun (for the status, claims and date of a nominal event).</summary>
    private Predicate? Governor(int token)
    {
        var guard = 0;
        for (var h = tree.Head(token); h >= 0 && guard++ < 50; h = tree.Head(h))
        {
            if (byTrigger.TryGetValue(h, out var predicate))
            {
                return predicate;
            }
        }

        return null;
    }
}
