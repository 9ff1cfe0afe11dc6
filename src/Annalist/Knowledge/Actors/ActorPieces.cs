using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Matching;
using Annalist.Knowledge.Places;

namespace Annalist.Knowledge.Actors;

/// <summary>Splits tokens into actor phrases, roles, unknown capitalised names and other tokens (leftmost-longest).</summary>
internal static class ActorPieces
{
    private static readonly ActorEntry[] NoActors = [];
    private static readonly AgentEntry[] NoAgents = [];

    public static List<ActorPiece> Split<TTokens>(ActorDictionary dictionary, TTokens tokens, int start, int end, bool requireCapitalized)
        where TTokens : ITokenForms
    {
        var pieces = new List<ActorPiece>();
        var actors = new List<ActorEntry>();
        var agents = new List<AgentEntry>();
        var overlapping = new List<AgentEntry>();
        for (var i = start; i < end;)
        {
            actors.Clear();
            agents.Clear();
            var form = tokens.Form(i);
            var capital = Gazetteer.StartsCapitalized(form) || ArabicArticleBeforeName(tokens, i, end);
            var actorEnd = i;
            var agentEnd = i;
            // A name is written in capitals: "visited Russia today" is not the outlet "Russia Today".
            var limit = requireCapitalized ? CapitalizedRunEnd(tokens, i, end) : end;
            var hasActor = false;
            if (capital || !requireCapitalized)
            {
                // "the Clinton administration", "the Bush camp": a name's entry may go on past the capitals in the
                // lower-case words of a role, which are no outlet's or party's name ("visited Russia today"). One
                // walk to the end finds it; only an entry that goes on in other words needs the walk within the capitals.
                hasActor = dictionary.Index.TryMatchLongest(tokens, i, end, actors, out actorEnd);
                if (hasActor && actorEnd > limit && !(capital && RolesOnly(dictionary, tokens, limit, actorEnd, agents)))
                {
                    actors.Clear();
                    hasActor = dictionary.Index.TryMatchLongest(tokens, i, limit, actors, out actorEnd);
                }

                if (hasActor && actors.Exists(a => a.HasExactCase))
                {
                    // "=ICE": the agency in capitals only, not "Ice storms".
                    var words = Words(tokens, i, actorEnd);
                    actors.RemoveAll(a => !a.Admits(words));
                    hasActor = actors.Count > 0;
                    actorEnd = hasActor ? actorEnd : i;
                }

                agents.Clear();
            }

            var hasAgent = dictionary.Agents.Index.TryMatchLongest(tokens, i, end, agents, out agentEnd);
            while (hasAgent && agentEnd - i > 1 && DanglingPreposition(tokens, agentEnd, end))
            {
                // "summoned the Iranian ambassador to protest": a role's closing preposition ("AMBASSADOR_TO") needs its
                // country or organisation after it.
                agents.Clear();
                hasAgent = dictionary.Agents.Index.TryMatchLongest(tokens, i, agentEnd - 1, agents, out agentEnd);
            }

            while (hasAgent && SameRoleGoesOn(dictionary, tokens, i, agentEnd, end, agents, overlapping, out var extended))
            {
                // "the main opposition party said": a role that another role of the same code, starting inside it, carries
                // on to the phrase's head (MAIN_OPPOSITION, OPPOSITION_PARTY) is one role up to that head; left at
                // "main opposition", the head "party" (the subject of "said", and the antecedent of its "it") named no one.
                agentEnd = extended;
            }

            if (hasActor && actorEnd == i + 1 && actors.All(a => a.Kind == ActorKind.Person) && pieces.Count > 0
                && pieces[^1] is { Kind: ActorPieceKind.Name } given && given.End == i)
            {
                // "Ahmed Mohamed, a 14-year-old boy": a leader's one-word surname after an unknown given name is the
                // rest of that name.
                pieces[^1] = given with { End = i + 1 };
                i++;
            }
            else if (hasActor && (!hasAgent || actorEnd >= agentEnd) && !FirstNameOfLongerName(actors, tokens, i, actorEnd, limit))
            {
                pieces.Add(new ActorPiece(i, actorEnd, ActorPieceKind.Actor, [.. actors], NoAgents));
                i = actorEnd;
            }
            else if (hasAgent)
            {
                pieces.Add(new ActorPiece(i, agentEnd, ActorPieceKind.Agent, NoActors, [.. agents]));
                i = agentEnd;
            }
            else if (capital && IsWord(form))
            {
                var nameEnd = i + 1;
                while (nameEnd < end)
                {
                    var next = tokens.Form(nameEnd);
                    if (TokenKey.IsJoiner(next) && nameEnd + 1 < end && IsWord(tokens.Form(nameEnd + 1)) && tokens.Start(nameEnd) == tokens.End(nameEnd - 1))
                    {
                        nameEnd += 2;
                    }
                    else if (Gazetteer.StartsCapitalized(next) && IsWord(next) && !StartsPhrase(dictionary, tokens, nameEnd, end, actors, agents))
                    {
                        nameEnd++;
                    }
                    else
                    {
                        break;
                    }
                }

                pieces.Add(new ActorPiece(i, nameEnd, ActorPieceKind.Name, NoActors, NoAgents));
                i = nameEnd;
            }
            else
            {
                pieces.Add(new ActorPiece(i, i + 1, ActorPieceKind.Other, NoActors, NoAgents));
                i++;
            }
        }

        return pieces;
    }

    /// <summary>
    /// "al-Qaeda", "al Shabaab", "el-Sisi": the Arabic article written in lower case starts the name it is joined to,
    /// as the dictionaries list it (AL_QAEDA).
    /// </summary>
    private static bool ArabicArticleBeforeName<TTokens>(TTokens tokens, int i, int end)
        where TTokens : ITokenForms
    {
        var form = tokens.Form(i);
        if (!(form is "al" or "el" or "ad" or "ash" or "as"))
        {
            return false;
        }

        var next = i + 1;
        if (next < end && TokenKey.IsJoiner(tokens.Form(next)))
        {
            next++;
        }

        return next < end && Gazetteer.StartsCapitalized(tokens.Form(next));
    }

    /// <summary>Whether a match ending at <paramref name="matchEnd"/> ends in a preposition with no name after it.</summary>
    private static bool DanglingPreposition<TTokens>(TTokens tokens, int matchEnd, int end)
        where TTokens : ITokenForms
    {
        var last = tokens.Form(matchEnd - 1);
        if (!(last.Equals("to", StringComparison.OrdinalIgnoreCase) || last.Equals("of", StringComparison.OrdinalIgnoreCase)
            || last.Equals("for", StringComparison.OrdinalIgnoreCase) || last.Equals("in", StringComparison.OrdinalIgnoreCase)
            || last.Equals("from", StringComparison.OrdinalIgnoreCase) || last.Equals("at", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var next = matchEnd;
        if (next < end && tokens.Form(next).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            next++;
        }

        return next >= end || !Gazetteer.StartsCapitalized(tokens.Form(next));
    }

    /// <summary>
    /// Whether a role of the same code as <paramref name="agents"/> (matched over [i, agentEnd)) starts inside that match
    /// and ends past it; <paramref name="extended"/> is where it ends. <paramref name="overlapping"/> is left dirty.
    /// </summary>
    private static bool SameRoleGoesOn<TTokens>(ActorDictionary dictionary, TTokens tokens, int i, int agentEnd, int end, List<AgentEntry> agents, List<AgentEntry> overlapping, out int extended)
        where TTokens : ITokenForms
    {
        extended = agentEnd;
        if (agentEnd - i < 2)
        {
            return false;
        }

        for (var k = i + 1; k < agentEnd; k++)
        {
            overlapping.Clear();
            if (dictionary.Agents.Index.TryMatchLongest(tokens, k, end, overlapping, out var overlapEnd) && overlapEnd > agentEnd
                && overlapping.Select(a => a.Code).ToHashSet(StringComparer.Ordinal).SetEquals(agents.Select(a => a.Code)))
            {
                extended = overlapEnd;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every word of tokens [from, to) starts a role of the agents dictionary ("administration" of
    /// "CLINTON_ADMINISTRATION" in "the Clinton administration said"). <paramref name="scratch"/> is left dirty.
    /// </summary>
    private static bool RolesOnly<TTokens>(ActorDictionary dictionary, TTokens tokens, int from, int to, List<AgentEntry> scratch)
        where TTokens : ITokenForms
    {
        for (var k = from; k < to; k++)
        {
            scratch.Clear();
            if (!dictionary.Agents.Index.TryMatchLongest(tokens, k, to, scratch, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "President Mohamed Bazoum": a one-word match that names only people ("Mohamed", a leader's surname), followed by
    /// more of a capitalised name, is the first word of someone else's name, not that person.
    /// </summary>
    private static bool FirstNameOfLongerName<TTokens>(List<ActorEntry> actors, TTokens tokens, int i, int actorEnd, int limit)
        where TTokens : ITokenForms =>
        actorEnd == i + 1 && actorEnd < limit && IsWord(tokens.Form(actorEnd)) && Gazetteer.StartsCapitalized(tokens.Form(actorEnd))
        && actors.All(a => a.Kind == ActorKind.Person);

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "de", "del", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "bin", "ibn",
        "von", "van", "der", "den", "y", "e", "on", "in", "to", "&", "'s", "-", "st.",
    };

    /// <summary>Where the run of capitalised words (with name particles, punctuation and numbers) that starts at <paramref name="i"/> ends.</summary>
    private static int CapitalizedRunEnd<TTokens>(TTokens tokens, int i, int end)
        where TTokens : ITokenForms
    {
        var k = i + 1;
        while (k < end)
        {
            var form = tokens.Form(k);
            var hyphenated = k > i && TokenKey.IsJoiner(tokens.Form(k - 1)) && tokens.Start(k) == tokens.End(k - 1); // "Jong-un", "Won-sik"
            if (Gazetteer.StartsCapitalized(form) || !IsWord(form) || hyphenated || NameParticles.Contains(form.ToString()))
            {
                k++;
                continue;
            }

            break;
        }

        return k;
    }

    private static bool StartsPhrase<TTokens>(ActorDictionary dictionary, TTokens tokens, int i, int end, List<ActorEntry> actors, List<AgentEntry> agents)
        where TTokens : ITokenForms
    {
        var found = dictionary.Index.TryMatchLongest(tokens, i, end, actors, out _) || dictionary.Agents.Index.TryMatchLongest(tokens, i, end, agents, out _);
        actors.Clear();
        agents.Clear();
        return found;
    }

    private static bool IsWord(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (!char.IsLetter(c) && c is not '.' and not '\'')
            {
                return false;
            }
        }

        return form.Length > 0 && char.IsLetter(form[0]);
    }

    /// <summary>The tokens' forms with single spaces between them, as <see cref="ActorEntry.Admits"/> reads them.</summary>
    internal static string Words<TTokens>(TTokens tokens, int start, int end)
        where TTokens : ITokenForms
    {
        var words = new System.Text.StringBuilder();
        for (var k = start; k < end; k++)
        {
            words.Append(k > start ? " " : string.Empty).Append(tokens.Form(k));
        }

        return words.ToString();
    }
}
