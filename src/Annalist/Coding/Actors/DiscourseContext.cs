using Annalist.Coding.Rules;
using Annalist.Knowledge.Actors;
namespace Annalist.Coding.Actors;

/// <summary>
/// The actors an article has mentioned so far, most recent last, so pronouns ("it", "its", "her",
/// "they") and phrases like "her country" or "the country" can be resolved within the article.
/// One per document; not shared between threads.
/// </summary>
public sealed class DiscourseContext
{
    private static readonly WordClass PluralPronouns = CodingRules.Shipped.Words("plural-pronouns");

    private static readonly WordClass PersonPronouns = CodingRules.Shipped.Words("person-pronouns");

    private readonly List<(ActorMention Mention, int Sentence, bool Subject)> history = [];

    // The article's country, kept as mentions arrive (not recounted per sentence, which grew with the square of the article's length).
    private readonly Dictionary<string, int> countryWeights = new(StringComparer.Ordinal);
    private string? country;
    private int countryWeight;

    /// <summary>
    /// Adds a mention; mentions arrive in sentence order. A place-only mention (a capital in a locative phrase: "talks
    /// in Addis Ababa") counts towards the article's country but is no antecedent for a later pronoun; a mention that
    /// does not <paramref name="countsForCountry"/> (a sponsor: "Iran-backed militias") is an antecedent but no country of the article.
    /// </summary>
    public void Add(ActorMention mention, int sentence, bool subject, bool placeOnly = false, bool countsForCountry = true)
    {
        if (mention.Antecedent is null && !mention.IsOutlet)
        {
            if (!placeOnly)
            {
                history.Add((mention, sentence, subject));
            }

            if (mention.HasCountry && countsForCountry)
            {
                var weight = countryWeights[mention.Country] = countryWeights.GetValueOrDefault(mention.Country) + (subject ? 2 : 1);
                if (weight >= countryWeight)
                {
                    (country, countryWeight) = (mention.Country, weight);
                }
            }
        }
    }

    /// <summary>The antecedent of a pronoun: the most recent compatible actor, preferring subjects, within two sentences.</summary>
    public ActorMention? Resolve(string pronoun, int sentence, int beforeToken)
    {
        var wantPerson = PersonPronouns.Contains(pronoun);
        var wantPlural = PluralPronouns.Contains(pronoun);
        ActorMention? fallback = null;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var (mention, at, subject) = history[i];
            if (sentence - at > 2)
            {
                // Mentions arrive in sentence order: everything before this is further back still.
                break;
            }

            if (at == sentence && mention.Tokens.Start >= beforeToken)
            {
                continue;
            }

            var person = mention.Kind == ActorMention.Person;
            if (wantPerson != person && !(wantPlural && !person))
            {
                continue;
            }

            if (subject || at < sentence)
            {
                return mention;
            }

            fallback ??= mention;
        }

        return fallback;
    }

    /// <summary>
    /// The article's country so far: the country its actors have been of most often (a subject counts twice), the
    /// most recent on a tie; null when none has one. A UK article that lists asylum seekers' countries once each is
    /// still about the UK's government.
    /// </summary>
    public string? RecentCountry() => country;

    /// <summary>
    /// The most recent actor of the last two sentences in the role <paramref name="role"/> (a sector code such as "GOV",
    /// or two: "GOVMIL") with a country: what a definite role with no owner of its own refers to ("The ministry also
    /// denied ..." after "Russia's Defence Ministry denied ...").
    /// </summary>
    public ActorMention? RecentInRole(string role, int sentence, int beforeToken)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var (mention, at, _) = history[i];
            if (sentence - at > 2)
            {
                break;
            }

            // A capital read as its government ("Vienna") is a place, not what "the Secretary-General" refers to.
            if ((at < sentence || mention.Tokens.End <= beforeToken) && mention.HasCountry && mention.Kind != ActorMention.State
                && HoldsRole(mention.Code[mention.Country.Length..], role))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>Whether the sector codes after a country ("GOVMIL") hold every three-letter code of <paramref name="role"/>.</summary>
    private static bool HoldsRole(string sectors, string role)
    {
        if (role.Length == 0 || role.Length % 3 != 0)
        {
            return false;
        }

        for (var r = 0; r < role.Length; r += 3)
        {
            var found = false;
            for (var s = 0; s + 3 <= sectors.Length && !found; s += 3)
            {
                found = string.CompareOrdinal(sectors, s, role, r, 3) == 0;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most recent state (for "the country") in the last two sentences.</summary>
    public ActorMention? RecentState(int sentence, int beforeToken)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var (mention, at, _) = history[i];
            if (sentence - at > 2)
            {
                break;
            }

            if ((at < sentence || mention.Tokens.Start < beforeToken) && mention.Kind == ActorMention.State)
            {
                return mention;
            }
        }

        return null;
    }
}
