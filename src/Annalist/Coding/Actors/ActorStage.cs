using Annalist.Coding.Rules;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Pipeline;

namespace Annalist.Coding.Actors;

/// <summary>
/// Finds the dictionary actors of each sentence, dated by the publication date, and the later short forms of the
/// names seen before (<see cref="NameAliases"/>): writes <see cref="ActorMentions"/>. A name inside a date phrase is
/// no actor ("a May 15 deadline" is not the group May 15) unless a group noun follows it ("the May 15 group"); a
/// person's name right before a facility noun names the place ("John F. Kennedy airport", "the Mandela bridge").
/// </summary>
public sealed class ActorStage(IActorFinder actors) : IPipelineStage
{
    /// <summary>Heads that make a date-like name a group's ("the May 15 group", "November 17 Organization"): word class agent-nouns.</summary>
    private static readonly WordClass AgentNouns = CodingRules.Shipped.Words("agent-nouns");

    /// <summary>Nouns of places and things named after people ("Kennedy airport"): word class facility-nouns.</summary>
    private static readonly WordClass FacilityNouns = CodingRules.Shipped.Words("facility-nouns");
    private static readonly WordClass PlaceNamedThings = CodingRules.Shipped.Words("place-named-things");

    /// <summary>Nouns that name a party only as a definite phrase ("the opposition", "Kenya's opposition"): word class definite-parties.</summary>
    private static readonly WordClass DefiniteParties = CodingRules.Shipped.Words("definite-parties");

    public string Name => "actors";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.Tags, Dates.TemporalMentions.Layer];

    public IReadOnlyList<Layer> Produces { get; } = [ActorMentions.Layer];

    public void Process(Document document)
    {
        var reference = EventCoder.ReferenceDate(document);
        var aliases = new NameAliases();
        var dates = document.GetExtension<Dates.TemporalMentions>()?.BySentence; // the date phrases, written by DateStage before
        var bySentence = new List<IReadOnlyList<ActorMention>>(document.Sentences.Count);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var found = actors.Find(document, sentence, reference);
            if (dates is not null && s < dates.Count && dates[s].Count > 0)
            {
                found = [.. found.Where(m => NamesGroup(document, m) || !dates[s].Any(d => d.Tokens.Contains(m.Tokens)))];
            }

            found = [.. found.Where(m => !NamesFacility(document, m) && !NamesAct(document, m)).SelectMany(m => SplitAtVerbsFrom(document, m))];
            found = Distinguished(document, sentence, found);

            var mentions = aliases.Extend(document, sentence, found);
            foreach (var mention in mentions)
            {
                aliases.Remember(document, mention);
            }

            bySentence.Add(mentions);
        }

        document.SetExtension(new ActorMentions(bySentence));
        document.MarkProduced(ActorMentions.Layer);
    }

    /// <summary>
    /// In a document with no publication date (coded as of today), the sentence's mentions where a group whose role began
    /// on some date (a dated entry: "the Taliban", AFGGOV since 15 August 2021) would be one party with another mention
    /// of other words ("refused to negotiate with the Afghan government"): the sentence itself says the two were
    /// distinct, so it speaks of the time before, and that mention takes its role of the day before its current one
    /// began (AFGREB). A publication date, where there is one, says when the text speaks; a person and their government
    /// ("the president ordered the government") are two mentions of one time.
    /// </summary>
    private IReadOnlyList<ActorMention> Distinguished(Document document, Sentence sentence, IReadOnlyList<ActorMention> found)
    {
        if (document.Metadata.PublicationDate is not null)
        {
            return found;
        }

        List<ActorMention>? result = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Candidate?.ValidFrom is not { } from || m.Code.Length == 0 || m.Kind == ActorKind.Person
                || !found.Any(o => !ReferenceEquals(o, m) && o.Code == m.Code && !o.Tokens.Overlaps(m.Tokens) && !string.Equals(o.Name, m.Name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var before = actors.Find(document, sentence, from.AddDays(-1)).FirstOrDefault(x => x.Tokens == m.Tokens);
            if (before is not null && before.Code.Length > 0 && before.Code != m.Code)
            {
                result ??= [.. found];
                result[i] = before;
            }
        }

        return result ?? found;
    }

    /// <summary>
    /// Whether the mention is a person's name with a facility noun right after it ("Kennedy airport"), or a capital that
    /// modifies an agreement or a gathering as its name ("ratified the Paris climate agreement", "the Vienna talks"):
    /// where it was signed or held, not the capital's government as a party (word class place-named-things).
    /// </summary>
    private static bool NamesFacility(Document document, ActorMention mention)
    {
        if (mention.Kind == ActorKind.Person)
        {
            return NextWordIn(document, mention, FacilityNouns);
        }

        var last = mention.Tokens.End - 1;
        return mention.Kind == ActorKind.State && mention.Sector == "GOV" && document.Deprel(last) == "compound"
            && document.Head(last) is var head and >= 0 && PlaceNamedThings.Contains(document.Lemma(head) ?? string.Empty);
    }

    /// <summary>
    /// Whether a noun that names a party only as a definite phrase (word class definite-parties) names an act here:
    /// "voiced opposition to the bill", "faced strong opposition from farmers" oppose, while "the opposition", "the
    /// Syrian opposition" and "Kenya's opposition" are parties. Only adjectives, participles and names may stand between
    /// the noun and its article or possessor ("the exiled opposition"), and a to, from or against phrase after it says
    /// what is opposed or by whom; before a noun it describes people ("opposition figures") as a party does.
    /// </summary>
    private static bool NamesAct(Document document, ActorMention mention)
    {
        var last = mention.Tokens.End - 1;
        if (!DefiniteParties.Contains(document.Lemma(last) ?? document.Form(last).ToLowerInvariant()))
        {
            return false;
        }

        if (mention.Tokens.End < document.TokenCount)
        {
            if (document.Form(mention.Tokens.End).ToLowerInvariant() is "to" or "from" or "against")
            {
                return true;
            }

            if (document.Xpos(mention.Tokens.End) is "NN" or "NNS")
            {
                return false; // "Syrian opposition members", "opposition figures": it describes people
            }
        }

        var before = last - 1;
        while (before >= 0 && document.Xpos(before) is "JJ" or "JJS" or "VBN" or "NNP" or "NNPS")
        {
            before--;
        }

        return before < 0 || !(document.Xpos(before) is "POS" or "PRP$" || document.Form(before).Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A role the dictionary composed with the country of a from-phrase ("troops from Rwanda": Rwanda's troops) where the
    /// parse hangs that phrase from the verb, not the role: "the UN withdrew troops from Rwanda" took them out of Rwanda,
    /// they are not Rwanda's. Such a mention is two: the role with no country, and the country. Any other mention is kept.
    /// </summary>
    private static IEnumerable<ActorMention> SplitAtVerbsFrom(Document document, ActorMention mention)
    {
        var from = -1;
        for (var t = mention.Tokens.Start + 1; t < mention.Tokens.End - 1 && from < 0; t++)
        {
            if (document.Form(t).Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                from = t;
            }
        }

        if (from < 0 || mention.Country.Length == 0 || mention.Sector.Length == 0 || !document.Has(Layer.Dependencies)
            || document.Deprel(from) != "case" || document.Head(from) is not (var place and >= 0)
            || document.Deprel(place) is not { } relation || !relation.StartsWith("obl", StringComparison.Ordinal)
            || document.Head(place) is not (var verb and >= 0) || document.Upos(verb) != "VERB")
        {
            yield return mention;
            yield break;
        }

        yield return mention with { Tokens = new TokenRange(mention.Tokens.Start, from), Code = mention.Sector, Country = string.Empty };
        yield return mention with
        {
            Tokens = new TokenRange(from + 1, mention.Tokens.End),
            Code = mention.Country,
            Sector = string.Empty,
            Kind = ActorKind.State,
            Entry = $"{mention.Country}: the country of '{document.Text[document.RangeOf(mention.Tokens).Start..document.RangeOf(mention.Tokens).End]}', whose from-phrase is the verb's",
        };
    }

    /// <summary>Whether a group noun follows the name ("the May 15 group").</summary>
    private static bool NamesGroup(Document document, ActorMention mention) => NextWordIn(document, mention, AgentNouns);

    /// <summary>Whether the word right after the mention (its lemma, else its lower-cased form) is in the class.</summary>
    private static bool NextWordIn(Document document, ActorMention mention, WordClass words) =>
        mention.Tokens.End < document.TokenCount && words.Contains(document.Lemma(mention.Tokens.End) ?? document.Form(mention.Tokens.End).ToLowerInvariant());
}
