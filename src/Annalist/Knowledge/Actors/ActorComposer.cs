using Annalist.Documents;
using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Matching;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// Turns pieces into mentions. Rules, in order at each piece:
/// country (or capital) + role [+ name or known person] → one mention coded country + role ("South Korean national
/// security director Shin Won-sik" = KORGOV), a known person keeping their own entry when it is valid on the date;
/// an office of an international or non-governmental organisation ("Arab League Secretary General") keeps the
/// organisation's code; role + name or person without a country; role + "of"/"from" + country; a dictionary actor
/// alone; a role alone.
/// Between a country and its role may stand a possessive and up to two lower-case modifiers ("Russia's deputy
/// foreign minister").
/// </summary>
internal sealed class ActorComposer<TTokens>(ActorDictionary dictionary, TTokens tokens, List<ActorPiece> pieces, DateOnly date)
    where TTokens : ITokenForms
{
    private const int MaxModifiers = 2;

    /// <summary>Second parts of a hyphened country modifier that say where the role is registered or based ("Liberian-flagged").</summary>
    private static readonly HashSet<string> RegistrationParticiples = new(StringComparer.OrdinalIgnoreCase) { "flagged", "registered", "based", "headquartered" };

    /// <summary>Sectors of offices a person holds ("German Chancellor", "Senator"), as opposed to companies or places.</summary>
    private static readonly string[] TitleSectors = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "PTY", "ELI"];

    /// <summary>The compass words that begin two countries' names sharing the rest ("North and South Korea", "East and West Germany").</summary>
    private static readonly string[] Compass = ["North", "South", "East", "West"];

    public List<ActorMention> Compose()
    {
        var mentions = new List<ActorMention>();
        for (var p = 0; p < pieces.Count;)
        {
            var piece = pieces[p];
            var next = piece.Kind switch
            {
                ActorPieceKind.Actor => ComposeActor(p, mentions),
                ActorPieceKind.Agent => ComposeAgent(p, null, null, piece.Start, mentions),
                _ => p + 1,
            };
            p = next;
        }

        return mentions;
    }

    private int ComposeActor(int p, List<ActorMention> mentions)
    {
        var piece = pieces[p];
        var text = Slice(piece.Start, piece.End);
        // A person the dictionary dates only to other years is still that person, coded by the nearest period
        // ("Nixon" in 2024); with a title before the name (ComposeAgent) the title says the office instead.
        var candidates = dictionary.Rank(piece.Actors, text, date, nearest: true);
        if (candidates.Count == 0)
        {
            return p + 1;
        }

        var best = candidates[0];
        var bestEntry = piece.Actors.First(e => e.Entry == best.Entry && e.Source == best.Source);
        if (best.Kind == ActorKind.State && best.Country.Length > 0 && AgentAfter(p) is { } agentPiece)
        {
            return ComposeAgent(agentPiece, bestEntry, best, piece.Start, mentions);
        }

        // "European Community foreign ministers", "Arab League Secretary General Chadli Klibi": an office of an
        // international or non-governmental organisation acts for the organisation, so the phrase keeps its code.
        if (best.Kind == ActorKind.Organization && best.Country.Length == 0 && best.Sector is "IGO" or "NGO" && AgentAfter(p) is { } office)
        {
            var end = office + 1 < pieces.Count && IsName(pieces[office + 1]) ? pieces[office + 1].End : pieces[office].End;
            var member = best with { Text = Slice(piece.Start, end), Kind = end > pieces[office].End ? ActorKind.Person : ActorKind.Organization };
            mentions.Add(ActorMention.Found(new TokenRange(piece.Start, end), Range(piece.Start, end), member, bestEntry, null, null));
            return end > pieces[office].End ? office + 2 : office + 1;
        }

        // A title phrase of a dictionary ("German Chancellor" [DEUGOV]) followed by an unknown name is that person.
        if (best.Kind == ActorKind.Organization && best.Country.Length > 0 && TitleSectors.Contains(best.Sector) && p + 1 < pieces.Count && IsName(pieces[p + 1]))
        {
            var end = pieces[p + 1].End;
            var person = best with { Text = Slice(piece.Start, end), Kind = ActorKind.Person };
            mentions.Add(ActorMention.Found(new TokenRange(piece.Start, end), Range(piece.Start, end), person, bestEntry, null, null));
            return p + 2;
        }

        if (best.Kind == ActorKind.State && SharedHeadConjunct(p, best) is { } first)
        {
            mentions.Add(first);
        }

        mentions.Add(ActorMention.Found(new TokenRange(piece.Start, piece.End), Range(piece.Start, piece.End), best, bestEntry, null, null));
        return p + 1;
    }

    /// <summary>A role right after piece <paramref name="p"/>, past a possessive and a few lower-case modifiers.</summary>
    private int? AgentAfter(int p)
    {
        var q = p + 1;
        var possessive = q < pieces.Count && pieces[q].Kind == ActorPieceKind.Other && tokens.Form(pieces[q].Start) is "'s" or "'";
        if (possessive)
        {
            q++;
        }

        for (var skipped = 0; q < pieces.Count; q++, skipped++)
        {
            var piece = pieces[q];
            if (piece.Kind == ActorPieceKind.Agent)
            {
                return q;
            }

            // "Russia's newly appointed envoy" is one phrase; "Britain mobilized troops", "The United States sent
            // troops" are clauses: without a possessive, a verb (tagged, or a past form) between the country and
            // the role is the clause's verb.
            var form = tokens.Form(piece.Start);
            if (skipped == 0 && !possessive && form is "-" && q + 1 < pieces.Count && RegistrationParticiples.Contains(tokens.Form(pieces[q + 1].Start).ToString()))
            {
                // "a Liberian-flagged tanker", "a London-based charity": where a craft is registered or a body based is
                // its country; not "-backed" or "-led", whose country is a sponsor's or a leader's.
                q++;
                continue;
            }

            if (skipped >= MaxModifiers || piece.Kind != ActorPieceKind.Other || !IsModifier(form)
                || (!possessive && (form.EndsWith("ed", StringComparison.Ordinal) || (tokens.IsVerb(piece.Start) && !form.EndsWith("ing", StringComparison.Ordinal)))))
            {
                return null;
            }
        }

        return null;
    }

    private int ComposeAgent(int a, ActorEntry? countryEntry, ActorCandidate? country, int start, List<ActorMention> mentions)
    {
        var agentPiece = pieces[a];
        // The project's roles (agents.tsv) correct the dictionary's where both name the same words ("spokesman").
        var agent = agentPiece.Agents.FirstOrDefault(x => x.Layer == KnowledgeLayer.Project) ?? agentPiece.Agents[0];
        var next = a + 1;

        // "foreign minister of Russia": a country after the role; not after a possessive ("withdraw its troops from
        // Lebanon": whose troops they are is said before them).
        if (country is null && !AfterPossessive(start) && next + 1 < pieces.Count && pieces[next].Kind == ActorPieceKind.Other
            && tokens.Form(pieces[next].Start) is "of" or "from" && pieces[next + 1].Kind == ActorPieceKind.Actor && StateOf(pieces[next + 1]) is { } first)
        {
            AddComposed(start, pieces[next + 1].End, dictionary.Codes.Parse(agent.Apply(first.State.Country)), ActorKind.Organization, agent, first.Entry, mentions);

            // "the foreign ministers of India and China": each country after the role holds it.
            var taken = next + 2;
            while (taken + 1 < pieces.Count && pieces[taken].Kind == ActorPieceKind.Other && pieces[taken].End - pieces[taken].Start <= 2
                && tokens.Form(pieces[taken].Start) is "and" or "or" or "," && pieces[taken + 1].Kind == ActorPieceKind.Actor
                && StateOf(pieces[taken + 1]) is { } other)
            {
                var otherPiece = pieces[taken + 1];
                AddComposed(otherPiece.Start, otherPiece.End, dictionary.Codes.Parse(agent.Apply(other.State.Country)), ActorKind.Organization, agent, other.Entry, mentions);
                taken += 2;
            }

            return taken;
        }

        // A role that speaks for whom it is named with (agents.tsv code "~": "Kremlin spokesman") keeps that actor's
        // whole code (RUSGOV, not the country with a sector of its own); alone ("a spokesman said") it names no one.
        var speaksFor = agent.Code.Length == 0;
        if (speaksFor && country is null)
        {
            return a + 1;
        }

        var countryCode = speaksFor ? country!.Code.Value : country?.Country ?? string.Empty;
        var composed = countryCode.Length == 0 ? ActorCodeParser.ParseRole(agent.Apply(countryCode)) : dictionary.Codes.Parse(agent.Apply(countryCode));
        if (next < pieces.Count && pieces[next].Kind == ActorPieceKind.Actor)
        {
            var personPiece = pieces[next];
            var people = dictionary.Rank(personPiece.Actors, Slice(personPiece.Start, personPiece.End), date);
            if (people.Count > 0 && people[0].Kind == ActorKind.Person)
            {
                var person = people[0] with { Text = Slice(start, personPiece.End) };
                var entry = personPiece.Actors.First(e => e.Entry == person.Entry && e.Source == person.Source);
                if (person is { ValidFrom: null, ValidTo: null, Sector: "ELI", Country.Length: > 0 } && composed.Sector.Length > 0 && composed.Sector != "ELI")
                {
                    // "President Donald Trump" in 2019: the dictionaries know the person only out of the office they
                    // date (an elite of the country); the title the writer gives says which office they hold.
                    person = person with { Code = dictionary.Codes.Parse(agent.Apply(person.Country)) };
                }
                else if (composed.Sector == "OPP" && person is { Sector: "GOV", ValidTo: null, Country.Length: > 0 })
                {
                    // "opposition leader Raila Odinga" in 2024: a dictionary period with no end that makes the person the
                    // government is older than the writer's word that they are in opposition now.
                    person = person with { Code = dictionary.Codes.Parse(person.Country + "OPP") };
                }

                mentions.Add(ActorMention.Found(new TokenRange(start, personPiece.End), Range(start, personPiece.End), person, entry, agent, countryEntry));
                return next + 1;
            }

            // A known person whose codes do not cover the date: the role and country still say who they are.
            if (people.Count == 0 && personPiece.Actors.Any(e => e.Kind == ActorKind.Person))
            {
                AddComposed(start, personPiece.End, composed, ActorKind.Person, agent, countryEntry, mentions);
                return next + 1;
            }
        }

        // "President Mugabe": a title and a surname alone name the one person of that surname who holds such an
        // office on the date; "President Mohamed Bazoum" is a full name, not the surname Mohamed.
        if (country is null && next < pieces.Count && pieces[next].Kind == ActorPieceKind.Name && pieces[next].End - pieces[next].Start == 1
            && !(next + 1 < pieces.Count && pieces[next + 1].Start == pieces[next].End && pieces[next + 1].Kind is ActorPieceKind.Name or ActorPieceKind.Actor)
            && OfficeHolder(pieces[next].Start, composed.Sector) is { } holder)
        {
            var person = holder.Candidate with { Text = Slice(start, pieces[next].End) };
            mentions.Add(ActorMention.Found(new TokenRange(start, pieces[next].End), Range(start, pieces[next].End), person, holder.Entry, agent, null));
            return next + 1;
        }

        if (next < pieces.Count && pieces[next].Kind == ActorPieceKind.Name)
        {
            AddComposed(start, pieces[next].End, composed, ActorKind.Person, agent, countryEntry, mentions);
            return next + 1;
        }

        if (country is not null)
        {
            ShareRole(start, agent, mentions);
        }

        AddComposed(start, agentPiece.End, composed, ActorKind.Organization, agent, countryEntry, mentions);
        return next;
    }

    /// <summary>The state an actor piece names on the date (its best-ranked candidate, when that is a state with a country) and the entry naming it, or null.</summary>
    private (ActorCandidate State, ActorEntry Entry)? StateOf(ActorPiece piece)
    {
        var ranked = dictionary.Rank(piece.Actors, Slice(piece.Start, piece.End), date);
        return ranked is [{ Kind: ActorKind.State, Country.Length: > 0 } state, ..]
            ? (state, piece.Actors.First(e => e.Entry == state.Entry && e.Source == state.Source))
            : null;
    }

    /// <summary>
    /// "British and French troops", "Japanese and Australian armies": a country right before "and" or "or" that shares
    /// the role after the second country is that role of its own country (GBRMIL), not the state alone.
    /// </summary>
    private void ShareRole(int start, AgentEntry agent, List<ActorMention> mentions)
    {
        if (start < 2 || mentions.Count == 0 || tokens.Form(start - 1) is not ("and" or "or"))
        {
            return;
        }

        var last = mentions[^1];
        if (last.Tokens.End != start - 1 || last.Kind != ActorMention.State || last.Country.Length == 0 || last.Sector.Length > 0 || last.Tokens.Count != 1)
        {
            return;
        }

        var code = dictionary.Codes.Parse(agent.Apply(last.Country));
        mentions[^1] = last with
        {
            Code = code.Value,
            Sector = code.Sector,
            Kind = ActorMention.Organization,
            Entry = $"{last.Entry} + {agent.Entry} (the role the two countries share)",
            Candidate = last.Candidate is { } candidate ? candidate with { Code = code, Kind = ActorKind.Organization } : null,
            Agent = agent,
            CountryEntry = last.Actor,
        };
    }

    /// <summary>The only person named by this surname whose code on the date has the role's sector, or null.</summary>
    private (ActorCandidate Candidate, ActorEntry Entry)? OfficeHolder(int token, string sector)
    {
        if (sector.Length == 0)
        {
            return null;
        }

        var surname = tokens.Form(token).ToString();
        var people = dictionary.BySurname(surname);
        if (people.Count == 0)
        {
            return null;
        }

        var holders = dictionary.Rank(people, surname, date).Where(c => c.Kind == ActorKind.Person && c.Code.Sector == sector).ToList();
        if (holders.Select(h => h.Entry).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        return (holders[0], people.First(e => e.Entry == holders[0].Entry && e.Source == holders[0].Source));
    }

    /// <summary>
    /// "North and South Korea": the first conjunct of two country names that share their last words is a country of its
    /// own, named by its compass word alone; without it the first country is lost and the second acts alone.
    /// </summary>
    private ActorMention? SharedHeadConjunct(int p, ActorCandidate second)
    {
        var piece = pieces[p];
        if (p < 2 || piece.End - piece.Start < 2 || !Compass.Contains(tokens.Form(piece.Start).ToString())
            || pieces[p - 1].Start != piece.Start - 1 || !tokens.Form(piece.Start - 1).SequenceEqual("and")
            || pieces[p - 2].Start != piece.Start - 2 || pieces[p - 2].End != piece.Start - 1 || pieces[p - 2].Kind == ActorPieceKind.Actor)
        {
            return null;
        }

        var word = tokens.Form(piece.Start - 2).ToString();
        if (!Compass.Contains(word) || word == tokens.Form(piece.Start).ToString())
        {
            return null;
        }

        var name = word + tokens.Text[(tokens.Start(piece.Start + 1) - 1)..tokens.End(piece.End - 1)];
        var country = dictionary.Lookup(name, date).FirstOrDefault(c => c.Kind == ActorKind.State && c.Country.Length > 0 && c.Country != second.Country);
        return country is null ? null : ActorMention.Found(new TokenRange(piece.Start - 2, piece.Start - 1), Range(piece.Start - 2, piece.Start - 1), country with { Text = name }, null, null, null);
    }

    private bool AfterPossessive(int start) =>
        start > 0 && tokens.Form(start - 1) is "its" or "their" or "his" or "her" or "our" or "my" or "your" or "Its" or "Their" or "His" or "Her" or "Our";

    /// <summary>An unknown capitalised name, or a dictionary person none of whose codes holds on the date.</summary>
    private bool IsName(ActorPiece piece) =>
        piece.Kind == ActorPieceKind.Name
        || (piece.Kind == ActorPieceKind.Actor && piece.Actors.Any(e => e.Kind == ActorKind.Person) && dictionary.Rank(piece.Actors, string.Empty, date).Count == 0);

    private void AddComposed(int start, int end, ActorCode code, ActorKind kind, AgentEntry agent, ActorEntry? countryEntry, List<ActorMention> mentions)
    {
        var entry = countryEntry is null ? agent.Entry : $"{countryEntry.Entry} + {agent.Entry}";
        var source = countryEntry is null ? agent.Source : $"{countryEntry.Source} + {agent.Source}";
        var candidate = new ActorCandidate(Slice(start, end), code, kind, entry, source, null, null);
        mentions.Add(ActorMention.Found(new TokenRange(start, end), Range(start, end), candidate, null, agent, countryEntry));
    }

    private static bool IsModifier(ReadOnlySpan<char> form)
    {
        if (form.Length == 0 || !char.IsLower(form[0]) || form is "and" or "or" or "of" or "the" or "a" or "an" or "to" or "in" or "on" or "with" or "by" or "for" or "said" or "says")
        {
            return false;
        }

        foreach (var c in form)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private string Slice(int start, int end) => tokens.Text[tokens.Start(start)..tokens.End(end - 1)];

    private TextRange Range(int start, int end) => new(tokens.Start(start), tokens.End(end - 1));
}
