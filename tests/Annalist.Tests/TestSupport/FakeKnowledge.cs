using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Tests.TestSupport;

/// <summary>A tiny dictionary for coder tests: phrases to actor codes, lemmas to CAMEO codes, a handful of PLOVER mappings.</summary>
internal sealed class FakeKnowledge : IActorFinder, IEventLexicon, IEventOntology
{
    private readonly List<(string[] Words, string Code, ActorKind Kind)> actors = [];
    private readonly Dictionary<string, (string Code, bool Symmetric)> verbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> nouns = new(StringComparer.OrdinalIgnoreCase);

    public FakeKnowledge Actor(string phrase, string code, string kind) =>
        Actor(phrase, code, ActorKinds.TryParse(kind, out var parsed) || kind == "unknown" ? (kind == "unknown" ? ActorKind.Unknown : parsed) : throw new ArgumentException($"no actor kind '{kind}'", nameof(kind)));

    public FakeKnowledge Actor(string phrase, string code, ActorKind kind = ActorKind.State)
    {
        actors.Add((phrase.Split(' '), code, kind));
        return this;
    }

    public FakeKnowledge Verb(string lemma, string cameo, bool symmetric = false)
    {
        verbs[lemma] = (cameo, symmetric);
        return this;
    }

    public FakeKnowledge Noun(string lemma, string cameo)
    {
        nouns[lemma] = cameo;
        return this;
    }

    public IReadOnlyList<ActorMention> Find(Document document, Sentence sentence, DateOnly date)
    {
        var found = new List<ActorMention>();
        for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
        {
            foreach (var (words, code, kind) in actors.OrderByDescending(a => a.Words.Length))
            {
                if (t + words.Length <= sentence.Tokens.End && words.Select((w, i) => document.Form(t + i) == w).All(x => x))
                {
                    found.Add(new ActorMention(new TokenRange(t, t + words.Length), code, code[..3], code.Length > 3 ? code[3..] : string.Empty, kind, $"fake:{string.Join(' ', words)}"));
                    t += words.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    public IReadOnlyList<EventReading> ReadPredicate(SentenceTree tree, Predicate predicate, Func<int, bool> denotesActor, Func<int, bool> namesParty) =>
        verbs.TryGetValue(predicate.Lemma, out var verb) ? [new EventReading(CameoCode.Parse(verb.Code), $"fake:{predicate.Lemma}", 1) { Symmetric = verb.Symmetric }] : [];

    public IReadOnlyList<EventReading> ReadNoun(SentenceTree tree, int noun, Func<int, bool> denotesActor) =>
        nouns.TryGetValue(tree.Lemma(noun), out var code) ? [new EventReading(CameoCode.Parse(code), $"fake:{tree.Lemma(noun)}", 1)] : [];

    public (double? Goldstein, int QuadClass)? Cameo(CameoCode code) => code.RootPrefix switch
    {
        "07" => (7.0, 2),
        "11" => (-2.0, 3),
        "04" => (1.0, 1),
        "05" => (3.5, 1),
        "12" => (-4.0, 3),
        "19" => (-10.0, 4),
        _ => (0.0, 1),
    };

    public (string EventType, string Mode, IReadOnlyList<string> Contexts)? Plover(CameoCode cameo) => cameo.RootPrefix switch
    {
        "07" => ("AID", string.Empty, cameo.Value == "072" ? ["military"] : []),
        "11" => ("ACCUSE", "disapprove", []),
        "04" => ("CONSULT", cameo.Value == "042" ? "visit" : string.Empty, []),
        "05" => ("SUPPORT", string.Empty, ["diplomatic"]),
        "15" => ("MOBILIZE", string.Empty, ["military"]),
        "03" => ("AGREE", string.Empty, ["diplomatic"]),
        "12" => ("REJECT", string.Empty, []),
        "19" => ("ASSAULT", string.Empty, []),
        _ => null,
    };
}
