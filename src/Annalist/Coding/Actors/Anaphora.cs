using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Actors;

/// <summary>
/// Words that name an actor only through another mention: pronouns (within the sentence first, then the article's
/// <see cref="DiscourseContext"/>), roles owned by a pronoun ("its troops"), definite roles ("the ministry") and
/// "her country". Each result keeps its own tokens and names its antecedent.
/// </summary>
internal sealed class Anaphora(SentenceTree tree, IReadOnlyList<ActorMention> mentions, DiscourseContext discourse)
{
    private static readonly WordClass PersonPronouns = CodingRules.Shipped.Words("person-pronouns");

    private static readonly WordClass Unresolved = CodingRules.Shipped.Words("unresolved-pronouns");

    private static readonly WordClass PersonRoles = CodingRules.Shipped.Words("person-roles");

    public ActorMention? Pronoun(int token, string lemma, int sentence)
    {
        var word = tree.Document.Form(token).ToLowerInvariant();

        // Relative and demonstrative pronouns and the speech-act persons (I, we, you: whoever is quoted) are not resolved.
        if (Unresolved.Contains(lemma))
        {
            return null;
        }

        var antecedent = SameSentence(word, token) ?? discourse.Resolve(word, sentence, token);
        if (PersonPronouns.Contains(word) && OutrankingUnknownName(antecedent, token) is { } name)
        {
            // A possessive stays unresolved: "resigned his leadership" owns no role of the name's (unknown) country.
            antecedent = tree.Relation(token) == "nmod:poss" ? null : name;
        }

        if (antecedent is null)
        {
            return null;
        }

        return antecedent with { Tokens = new TokenRange(token, token + 1), Antecedent = antecedent };
    }

    /// <summary>
    /// A person's name no dictionary knows that comes before a he/his/she/her in its sentence and outranks the antecedent
    /// found (or stands where none was found): it stands after that antecedent, or it is a subject or object where the
    /// antecedent is neither (embedded in a modifier, or from an earlier sentence). "A court freed John Okafor, a critic of
    /// President Kenyatta, after he sued the police" is Okafor suing, not the president; the pronoun then stands for the
    /// name as an open actor (kind unresolved), as the name itself would. A name is a proper noun with a <c>flat</c>
    /// proper-noun part ("John Okafor", "Mohammed bin Salman"), as the treebanks write people's names, covered by no actor
    /// mention; the nearest such subject or object before the pronoun, else the nearest such name.
    /// </summary>
    private ActorMention? OutrankingUnknownName(ActorMention? antecedent, int pronoun)
    {
        var here = antecedent is not null && tree.Sentence.Tokens.Contains(antecedent.Tokens.Start);
        var antecedentCore = here && Enumerable.Range(antecedent!.Tokens.Start, antecedent.Tokens.Count).Any(IsCore);
        var found = -1;
        for (var t = tree.Sentence.Tokens.Start; t < pronoun; t++)
        {
            if (IsUnknownName(t) && (!here || t >= antecedent!.Tokens.End || IsCore(t) && !antecedentCore) && (found < 0 || IsCore(t) || !IsCore(found)))
            {
                found = t;
            }
        }

        if (found < 0)
        {
            return null;
        }

        var end = found + 1;
        foreach (var part in tree.Children(found))
        {
            if (tree.Relation(part) == "flat" && part >= end)
            {
                end = part + 1;
            }
        }

        var text = tree.Document.Text[tree.Document.TokenStart(found)..tree.Document.TokenEnd(end - 1)];
        return ActorMention.Open(new TokenRange(found, end), text, string.Empty, OpenActors.UnknownNameReason(text));
    }

    private bool IsUnknownName(int t) =>
        tree.Document.Xpos(t) is "NNP" && !IsCovered(t) && tree.Children(t).ToArray().Any(c => tree.Relation(c) == "flat" && tree.Document.Xpos(c) is "NNP" && !IsCovered(c));

    private bool IsCovered(int t) => mentions.Any(m => m.Tokens.Contains(t));

    /// <summary>A subject or object of a verb (not the subject of a nominal predicate, which names rather than acts).</summary>
    private bool IsCore(int t) => (tree.IsBase(t, "nsubj") || tree.IsBase(t, "obj") || tree.IsBase(t, "iobj")) && !HangsFromNoun(t);

    private bool HangsFromNoun(int t) => tree.Head(t) is var h && h >= 0 && tree.Document.Upos(h) is "NOUN" or "PROPN";

    /// <summary>
    /// An antecedent earlier in the same sentence ("Choe visited Moscow and said her country...",
    /// "negotiations with Washington highlighted its policy"): the nearest preceding subject of the right
    /// kind, else the nearest preceding mention of that kind. Persons for he/she, others for it/its/they. For it/they a
    /// role with no country of its own ("the rebels") stands only as the subject of the clause the pronoun is in or
    /// under; a titled person is one person wherever the sentence names him ("released former Prime Minister Zorblat
    /// Quenx while he appeals": he is Quenx, not someone an earlier sentence named).
    /// </summary>
    private ActorMention? SameSentence(string pronoun, int token)
    {
        var wantPerson = PersonPronouns.Contains(pronoun);
        if (ObjectOfReason(token, wantPerson) is { } reasoned)
        {
            return reasoned;
        }

        ActorMention? nearest = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Tokens.End > token || mention.IsOutlet || !Fits(mention, wantPerson) || wantPerson && IsOwnClauseSubject(mention, token))
            {
                continue;
            }

            if (mention.IsBareRole && !wantPerson)
            {
                if (IsSubject(mention) && GovernsClauseOf(mention, token))
                {
                    return mention; // "The rebels have said they will not begin talks": they are the rebels, whoever the article named before
                }

                continue;
            }

            if (IsSubject(mention))
            {
                return mention;
            }

            nearest ??= mention;
        }

        return nearest;
    }

    /// <summary>
    /// Whether a pronoun of a person (he, him, his, she, her) or of a party (it, its, they) may stand for the mention. A
    /// person's may stand for a person or for one holder of an office or role ("the German ambassador", "the Kenyan
    /// president": a singular head in the word class person-roles), whom the dictionaries code as their organisation; a
    /// party's for anyone but a person ("its" after "the Kenyan president" is often the president's country).
    /// </summary>
    private bool Fits(ActorMention mention, bool wantPerson) =>
        mention.Kind == ActorMention.Person ? wantPerson
        : !wantPerson || (mention.Tokens.Count > 0 && tree.Document.Xpos(mention.Tokens.End - 1) == "NN" && PersonRoles.Contains(tree.Lemma(mention.Tokens.End - 1)));

    /// <summary>
    /// "Somalia thanked Turkey for its humanitarian assistance", "criticised Kenya over its handling of the crisis": a
    /// possessive in the reason a verb gives for acting on its object (a for- or over-phrase) is that object's, not the
    /// subject's, when the object is a party of the pronoun's kind.
    /// </summary>
    private ActorMention? ObjectOfReason(int pronoun, bool wantPerson)
    {
        var noun = tree.Head(pronoun);
        if (tree.Relation(pronoun) != "nmod:poss" || noun < 0 || !tree.IsBase(noun, "obl") || tree.CaseMarker(noun) is not ("for" or "over"))
        {
            return null;
        }

        foreach (var obj in tree.ChildrenWithBase(tree.Head(noun), "obj"))
        {
            if (mentions.FirstOrDefault(m => m.Tokens.Contains(obj) && m.Tokens.End <= pronoun && !m.IsOutlet && !m.IsBareRole && Fits(m, wantPerson)) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the mention is the subject of the verb the pronoun is the object of: "the president pardoned him" is never
    /// the president pardoning himself, which English says with "himself" (a reflexive is that subject). Asked for
    /// him/her only: "it" and "them" as objects mostly stand for things ("NATO never rescinded it"), and passing over
    /// the subject would hand them to another party.
    /// </summary>
    private bool IsOwnClauseSubject(ActorMention mention, int pronoun) =>
        (tree.IsBase(pronoun, "obj") || tree.IsBase(pronoun, "iobj")) && !tree.Document.Form(pronoun).EndsWith("self", StringComparison.OrdinalIgnoreCase)
        && !tree.Document.Form(pronoun).EndsWith("selves", StringComparison.OrdinalIgnoreCase) && PredicateOf(mention) is var predicate && predicate >= 0 && predicate == tree.Head(pronoun);

    /// <summary>Whether the pronoun lies in the clause whose subject the mention is, or in a clause that clause governs.</summary>
    private bool GovernsClauseOf(ActorMention mention, int pronoun) => PredicateOf(mention) is var predicate and >= 0 && tree.Dominates(predicate, pronoun);

    private bool IsSubject(ActorMention mention) => PredicateOf(mention) >= 0;

    /// <summary>The word the mention is the subject of, or -1.</summary>
    private int PredicateOf(ActorMention mention)
    {
        for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
        {
            if (tree.IsBase(t, "nsubj") && !mention.Tokens.Contains(tree.Head(t)))
            {
                return tree.Head(t);
            }
        }

        return -1;
    }

    /// <summary>
    /// "its troops", "their ambassador": a bare role owned by a pronoun is the role of the antecedent's country
    /// (the role's sector on that country, as the dictionary composes "Egyptian troops").
    /// </summary>
    public ActorMention? OwnedRole(ActorMention role, int head, int sentence)
    {
        foreach (var child in tree.Children(head))
        {
            if (tree.Relation(child) == "nmod:poss" && tree.Upos(child) == "PRON" && Pronoun(child, tree.Lemma(child), sentence) is { Country.Length: > 0 } owner
                && owner.HasCountry && !owner.Code.StartsWith("IGO", StringComparison.Ordinal))
            {
                var tokens = new TokenRange(Math.Min(child, role.Tokens.Start), Math.Max(role.Tokens.End, head + 1));
                return role with { Tokens = tokens, Code = owner.Country + role.Code, Country = owner.Country, Antecedent = owner };
            }
        }

        return null;
    }

    /// <summary>"The ministry", "the police" with no owner of their own: the role of the actor the article just named in it.</summary>
    public ActorMention? DefiniteRole(ActorMention role, int head, int sentence) =>
        tree.HasChildLemma(head, "det", "the", "this") && discourse.RecentInRole(role.Code, sentence, tree.Subtree(head).Start) is { } earlier
            ? role with { Code = earlier.Code, Country = earlier.Country, Sector = earlier.Sector, Antecedent = earlier }
            : null;

    /// <summary>"her country" when "her" is a North Korean minister: the state, coded as its government.</summary>
    public ActorMention CountryOf(ActorMention owner, int head)
    {
        var country = owner.Country;
        var sector = owner.Kind == ActorMention.Person || owner.Sector.Length > 0 ? "GOV" : string.Empty;
        return new ActorMention(tree.Subtree(head), country + sector, country, sector, ActorMention.State, owner.Entry) { Antecedent = owner };
    }
}
