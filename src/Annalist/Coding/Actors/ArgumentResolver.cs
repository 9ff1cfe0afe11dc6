using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Places;

namespace Annalist.Coding.Actors;

/// <summary>
/// Maps an argument's head token to the actors it denotes: the mention that covers the head, or one
/// attached to it as a modifier ("North Korean troops", "Pyongyang's air defence"), each coordinated
/// head separately ("the US and South Korea" → two actors), pronouns and "her country" through the
/// discourse context. Outlets are returned too; callers decide whether they may act.
/// </summary>
public sealed class ArgumentResolver
{
    private static readonly WordClass StateNouns = CodingRules.Shipped.Words("state-nouns");

    private static readonly string[] ModifierRelations = ["compound", "amod", "nmod:poss", "flat", "appos", "nmod"];

    private static readonly WordClass Quantities = CodingRules.Shipped.Words("quantities");

    private static readonly WordClass FacilityNouns = CodingRules.Shipped.Words("facility-nouns");

    /// <summary>Head nouns of people or organisations no dictionary names (an argument so headed is an open actor).</summary>
    private static readonly WordClass AgentNouns = CodingRules.Shipped.Words("agent-nouns");

    /// <summary>Participles that make a party the sponsor of what they modify ("Iran-backed"): word class sponsor-participles.</summary>
    private static readonly WordClass SponsorParticiples = CodingRules.Shipped.Words("sponsor-participles");

    /// <summary>Nouns of "at the request of X", "on behalf of X": X asked for the act, it is not acted on.</summary>
    private static readonly WordClass RequesterNouns = CodingRules.Shipped.Words("requester-nouns");

    private readonly SentenceTree tree;
    private readonly IReadOnlyList<ActorMention> mentions;
    private readonly DiscourseContext discourse;
    private readonly Anaphora anaphora;
    private readonly IReadOnlyList<PlaceMention> places;
    private readonly Dictionary<int, IReadOnlyList<ActorMention>> cache = [];

    public ArgumentResolver(SentenceTree tree, IReadOnlyList<ActorMention> mentions, DiscourseContext discourse, IReadOnlyList<PlaceMention>? places = null)
    {
        this.tree = tree;
        this.mentions = mentions;
        this.places = places ?? [];
        this.discourse = discourse;
        anaphora = new Anaphora(tree, mentions, discourse);
    }

    public IReadOnlyList<ActorMention> Mentions => mentions;

    public IReadOnlyList<ActorMention> Resolve(int head)
    {
        if (cache.TryGetValue(head, out var known))
        {
            return known;
        }

        var found = new List<ActorMention>();
        foreach (var conjunct in tree.WithConjuncts(head))
        {
            if (ResolveOne(conjunct) is { } mention && !found.Contains(mention))
            {
                found.Add(mention);
                found.AddRange(CoordinatedModifiers(conjunct, mention).Where(m => !found.Contains(m)));
            }
        }

        if (FlatCoordination(head) is { } coordinated && coordinated.Count > found.Count)
        {
            found = coordinated;
        }

        // "Old foes Ethiopia and Eritrea have renewed ties": a phrase that stands for the party its apposition names
        // stands for all the parties coordinated there.
        if (tree.Children(head).ToArray().FirstOrDefault(c => tree.IsBase(c, "appos") && c > head) is var appos and > 0
            && Covering(appos) is { } apposed && found.Contains(apposed))
        {
            found.AddRange(Resolve(appos).Where(m => !found.Contains(m)));
        }

        cache[head] = found;
        return found;
    }

    /// <summary>
    /// "Ukrainian and Russian negotiators": when a phrase stands for the party one of its modifiers names, the parties its
    /// coordinated modifiers name are actors of the phrase too (a role the dictionaries have is composed with each
    /// already: "Israeli and Palestinian leaders").
    /// </summary>
    private IEnumerable<ActorMention> CoordinatedModifiers(int head, ActorMention mention)
    {
        foreach (var child in tree.Children(head).ToArray())
        {
            if (tree.Relation(child) is "amod" or "compound" && Covering(child) == mention)
            {
                foreach (var other in tree.WithConjuncts(child).ToArray().Where(c => c != child))
                {
                    if (Covering(other) is { IsOutlet: false, IsBareRole: false } party && party != mention)
                    {
                        yield return party;
                    }
                }
            }
        }
    }

    /// <summary>
    /// "The United States and South Korea" parsed without a conj relation (one name as the other's
    /// compound): when an argument's words are nothing but actor names joined by "and", "or" or
    /// commas (with articles), each name is an actor.
    /// </summary>
    private List<ActorMention>? FlatCoordination(int head)
    {
        var range = tree.Subtree(head);
        var inside = mentions.Where(m => m.Tokens.Start >= range.Start && m.Tokens.End <= range.End).ToList();
        if (inside.Count < 2)
        {
            return null;
        }

        var sawConjunction = false;
        for (var t = range.Start; t < range.End; t++)
        {
            if (inside.Any(m => m.Tokens.Contains(t)))
            {
                continue;
            }

            var upos = tree.Upos(t);
            sawConjunction |= upos == "CCONJ";
            if (upos is not ("DET" or "CCONJ" or "PUNCT"))
            {
                return null;
            }
        }

        return sawConjunction ? inside : null;
    }

    /// <summary>The mention covering the token, if any.</summary>
    public ActorMention? Covering(int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Tokens.Contains(token))
            {
                return mention;
            }
        }

        return null;
    }

    private ActorMention? ResolveOne(int head)
    {
        var sentence = tree.Sentence.Index;
        if (Covering(head) is { } direct)
        {
            if (!direct.IsBareRole)
            {
                return Titled(direct, head) ?? Apposed(direct, head) ?? direct;
            }

            // "al-Qaeda leaders", "Hamas fighters": a role whose modifier names an organisation or group is its people
            // (a country and a role are composed already: "Russian troops").
            return anaphora.OwnedRole(direct, head, sentence)
                ?? (direct.Tokens.Start == head && FromModifiers(head, depth: 0) is { IsBareRole: false } owner ? owner : null)
                ?? GroupNamedBefore(direct)
                ?? anaphora.DefiniteRole(direct, head, sentence)
                ?? direct;
        }

        var lemma = tree.Lemma(head);
        if (tree.Upos(head) == "PRON")
        {
            return anaphora.Pronoun(head, lemma, sentence);
        }

        // "her country", "its government", "the country": the country (government) of the antecedent.
        if (StateNouns.Contains(lemma))
        {
            foreach (var child in tree.Children(head))
            {
                if (tree.Relation(child) == "nmod:poss" && tree.Upos(child) == "PRON" && anaphora.Pronoun(child, tree.Lemma(child), sentence) is { } owner)
                {
                    return anaphora.CountryOf(owner, head);
                }
            }

            if (tree.HasChildLemma(head, "det", "the", "this") && lemma is "country" or "regime" && discourse.RecentState(sentence, tree.Subtree(head).Start) is { } state)
            {
                return state with { Tokens = tree.Subtree(head), Antecedent = state };
            }
        }

        // "arrested the suspect at the request of French authorities", "froze the assets on behalf of the government":
        // whoever asked for the act or has it done for them is no one it is done to (a request that is the object,
        // "rejected the request of Iran", is still Iran's).
        if (RequesterNouns.Contains(lemma) && tree.IsBase(head, "obl") && tree.CaseMarker(head) is "at" or "on" or "upon" or "by")
        {
            return null;
        }

        return FromModifiers(head, depth: 0) ?? OnlyMentionInside(head) ?? BareRole(head);
    }

    /// <summary>
    /// "harbouring al-Shabaab militants": a role right after the name of an organisation or group is its people, as the
    /// group's modifier would make it, when the parse split the two (the hyphen of "al - Shabaab" leaves two objects).
    /// A state's name before a role is left alone ("sent Ukraine troops" sends troops to Ukraine).
    /// </summary>
    private ActorMention? GroupNamedBefore(ActorMention role)
    {
        foreach (var mention in mentions)
        {
            if (mention.Tokens.End == role.Tokens.Start && mention.Kind is ActorMention.Group or ActorMention.Organization
                && !mention.IsBareRole && mention.Code.Length > 0)
            {
                return mention with { Tokens = new TokenRange(mention.Tokens.Start, role.Tokens.End) };
            }
        }

        return null;
    }

    /// <summary>
    /// A person the dictionary dates only to other years, with an apposition that names an actor of now ("Javier Solana,
    /// the European Union foreign policy chief"): the person, coded as the apposition's actor.
    /// </summary>
    private ActorMention? Apposed(ActorMention person, int head)
    {
        if (person.Candidate is not { OutOfPeriod: true })
        {
            return null;
        }

        foreach (var child in tree.Children(head))
        {
            if (tree.IsBase(child, "appos") && Resolve(child).FirstOrDefault(a => !a.IsBareRole && !a.IsOutlet && a.Candidate is not { OutOfPeriod: true }) is { } described)
            {
                return person with
                {
                    Code = described.Code, Country = described.Country, Sector = described.Sector,
                    Entry = $"{person.Entry}; no period of it covers the date: code from the apposition ({described.Entry})",
                };
            }
        }

        return null;
    }

    /// <summary>
    /// A named person with no sector of their own, right after a title of the same country inside the phrase
    /// ("Bree Prime Minister Romendacil", "South Korean Defence Minister Kim" with the name as head): the
    /// person in the office the title names, as PETRARCH codes the noun phrase.
    /// </summary>
    private ActorMention? Titled(ActorMention person, int head)
    {
        if (person.Sector.Length > 0 || person.Kind is not (ActorMention.Person or ActorMention.State) || person.Country.Length == 0)
        {
            return null;
        }

        var phrase = tree.Subtree(head);
        foreach (var title in mentions)
        {
            if (title.Tokens.End == person.Tokens.Start && title.Tokens.Start >= phrase.Start && title.Country == person.Country
                && title.Sector.Length > 0 && !title.IsOutlet && title.Code.StartsWith(person.Country, StringComparison.Ordinal))
            {
                return person with { Code = title.Code, Sector = title.Sector, Entry = $"{person.Entry}; office from the title before the name ({title.Entry})" };
            }
        }

        return null;
    }

    /// <summary>
    /// A short argument phrase holding exactly one actor, however the parser shaped it ("Newly appointed
    /// Palestinian Prime Minister Ismail Haniyeh" with the participle as head): that actor.
    /// </summary>
    private ActorMention? OnlyMentionInside(int head)
    {
        var range = tree.Subtree(head);
        if (range.Count > 12)
        {
            return null;
        }

        // A party named by a prepositional phrase inside an apposition is not the argument: "freed John Okafor, a critic
        // of President Kenyatta" freed Okafor, whom no dictionary names, not the president ("Kenzo Oshima, the United
        // Nations Emergency Relief Coordinator" is still the UN's).
        // Nor is the place a facility stands in: "a police base in northern Mali" is the police's (its role, below),
        // nor where someone no dictionary names was: "met Alice Smith in Doha" met her, not Qatar.
        var breaks = tree.Children(head).ToArray().Where(c => tree.IsBase(c, "appos"))
            .SelectMany(a => tree.Children(a).ToArray().Where(c => tree.IsBase(c, "nmod") && tree.CaseMarker(c).Length > 0))
            .Concat(FacilityNouns.Contains(tree.Lemma(head))
                ? tree.Children(head).ToArray().Where(c => Places.PlaceAssigner.IsLocativeModifier(tree, c))
                : UnknownName(head) ? tree.Children(head).ToArray().Where(c => Places.PlaceAssigner.IsPlacingModifier(tree, c, places)) : [])
            .Concat(AgentNouns.Contains(tree.Lemma(head)) ? tree.Children(head).ToArray().Where(c => OpenActors.IsCircumstance(tree, c)) : [])
            // Nor the sponsor of what the phrase names: "Iran-backed militia groups" are not Iran.
            .Concat(tree.Children(head).ToArray().Where(c => SponsorParticiples.Contains(tree.Document.Form(c))))
            .Select(tree.Subtree).ToList();
        ActorMention? only = null;
        foreach (var mention in mentions)
        {
            if (range.Contains(mention.Tokens) && !mention.IsOutlet && !mention.IsBareRole
                && !breaks.Any(b => b.Contains(mention.Tokens)))
            {
                if (only is not null)
                {
                    return null;
                }

                only = mention;
            }
        }

        return only;
    }

    /// <summary>A proper noun that no actor and no place covers, and no common word ("Friday"): a name no dictionary or gazetteer knows.</summary>
    private bool UnknownName(int head) =>
        tree.Document.Xpos(head) is "NNP" or "NNPS" && !RunningTextNames.IsCommonWord(tree.Document.Form(head)) && !mentions.Any(m => m.Tokens.Contains(head)) && !places.Any(p => p.Tokens.Contains(head));

    /// <summary>
    /// Modifiers of a common noun that name the actor: "North Korean troops", "Pyongyang's forces",
    /// "troops of Russia", and one level further for quantities and groups ("thousands of Iraqi Kurds").
    /// A generic role as a modifier ("military assistance") names no actor.
    /// </summary>
    private ActorMention? FromModifiers(int head, int depth)
    {
        // "Tens of thousands of university students", "a group of rebels": the quantity stands for its members,
        // even when they are a bare role whose country the context must supply.
        if (Quantities.Contains(tree.Lemma(head)))
        {
            foreach (var child in tree.Children(head))
            {
                if (tree.IsBase(child, "nmod") && tree.CaseMarker(child) == "of")
                {
                    return Covering(child) is { IsOutlet: false } member ? member : depth < 3 ? FromModifiers(child, depth + 1) ?? BareRole(child) : null;
                }
            }
        }

        foreach (var relation in ModifierRelations)
        {
            foreach (var child in tree.Children(head))
            {
                // "troops of Russia"; "condemned an attack by Osgiliath soldiers": the doer of a nominal act is its target.
                if (tree.Relation(child) != relation || (relation == "nmod" && tree.CaseMarker(child) is not ("of" or "by")))
                {
                    continue;
                }

                if (Covering(child) is { } modifier && !modifier.IsOutlet && !modifier.IsBareRole)
                {
                    return modifier;
                }

                if (depth == 0 && relation is "nmod" or "compound" && FromModifiers(child, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    /// <summary>A bare role (no country) covering the token or one of its flat modifiers, for quantity phrases.</summary>
    private ActorMention? BareRole(int token)
    {
        if (Covering(token) is { IsOutlet: false } direct)
        {
            return direct;
        }

        // "Moslem forces", "Shiite militias": a role may be said by a capitalised adjective before the noun ("an
        // official visit" is no one's).
        foreach (var child in tree.Children(token))
        {
            if ((tree.IsBase(child, "compound") || (tree.IsBase(child, "amod") && char.IsUpper(tree.Document.Form(child)[0]))) && Covering(child) is { IsOutlet: false } role)
            {
                return role;
            }
        }

        return null;
    }

}
