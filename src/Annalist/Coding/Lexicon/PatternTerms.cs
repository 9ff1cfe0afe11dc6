using Annalist.Coding.Syntax;
using Annalist.Knowledge.Verbs;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Whether a word or synset of a verb pattern matches a token (by lemma or form; a multi-word synset member by the
/// words before the token; a hyphenated word by the parts the tokenizer split it into, ending at the token), and
/// whether a prepositional phrase has a pattern's preposition.
/// </summary>
internal sealed class PatternTerms(SentenceTree tree, IReadOnlyDictionary<string, Synset> synsets)
{
    /// <summary>
    /// "decision to release prisoners": the infinitive's "to" is no preposition (PETRARCH's parses give it
    /// its own tag), so "- * (TO) [043] # WELCOME" does not read "welcomed Israel's decision to release" as a visit.
    /// </summary>
    private bool IsInfinitive(int phrase)
    {
        foreach (var child in tree.Children(phrase))
        {
            if (tree.IsBase(child, "mark") && tree.Upos(child) == "PART")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase's case marker, without the <paramref name="particles"/> of a multi-word verb, is the pattern's preposition.</summary>
    public bool PrepositionMatches(PatternTerm preposition, int phrase, IReadOnlyCollection<int>? particles = null)
    {
        var marker = tree.CaseMarker(phrase, particles);
        if (marker.Length == 0 || IsInfinitive(phrase))
        {
            return false;
        }

        if (preposition.IsSynset)
        {
            return synsets.TryGetValue(preposition.Word, out var set) && set.Members.Any(m => string.Join(' ', m.Words).Equals(marker, StringComparison.OrdinalIgnoreCase));
        }

        return marker.Equals(preposition.Word, StringComparison.OrdinalIgnoreCase) || marker.StartsWith(preposition.Word + " ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A word matches a token by lemma or lower-case form; a synset by any one-word member, or a multi-word member ending at the token.</summary>
    public bool Matches(PatternTerm term, int token) => MatchLength(term, token) > 0;

    /// <summary>How many tokens ending at <paramref name="token"/> the term matches (a multi-word synset member more than one), or 0.</summary>
    public int MatchLength(PatternTerm term, int token)
    {
        if (token < tree.Sentence.Tokens.Start)
        {
            return 0;
        }

        var lemma = tree.Lemma(token);
        var form = tree.Document.Form(token);
        var (joined, joinedLength) = HyphenJoined(token);
        if (!term.IsSynset)
        {
            return lemma.Equals(term.Word, StringComparison.OrdinalIgnoreCase) || form.Equals(term.Word, StringComparison.OrdinalIgnoreCase) ? 1
                : joined is not null && joined.Equals(term.Word, StringComparison.OrdinalIgnoreCase) ? joinedLength : 0;
        }

        if (!synsets.TryGetValue(term.Word, out var synset))
        {
            return 0;
        }

        foreach (var member in synset.Members)
        {
            if (member.IsPrepositionalPhrase)
            {
                continue;
            }

            var words = member.Words;
            var last = words[^1];
            if (words.Count == 1 && joined is not null && joined.Equals(last, StringComparison.OrdinalIgnoreCase))
            {
                return joinedLength; // "cease - fire", as the tokenizer splits it, is CEASE-FIRE
            }

            if (!(lemma.Equals(last, StringComparison.OrdinalIgnoreCase) || form.Equals(last, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Count && ok; k++)
            {
                var t = token - k;
                ok = t >= tree.Sentence.Tokens.Start && tree.Document.Form(t).Equals(words[^(k + 1)], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                return words.Count;
            }
        }

        return 0;
    }

    /// <summary>
    /// The hyphenated word the tokenizer split into parts ending at the token ("cease - fire", "sit - in", written with
    /// no space around the hyphens) joined again ("cease-fire"), and how many tokens it spans; (null, 0) when the token
    /// ends no such word. The dictionaries spell such words whole (CEASE-FIRE, SIT-IN, COUNTER-OFFENSIVE).
    /// </summary>
    private (string? Word, int Length) HyphenJoined(int token)
    {
        var start = token;
        while (start - 2 >= tree.Sentence.Tokens.Start && tree.Document.IsJoiningHyphen(start - 1))
        {
            start -= 2;
        }

        if (start == token)
        {
            return (null, 0);
        }

        var joined = string.Concat(Enumerable.Range(start, token - start + 1).Select(t => tree.Document.Form(t)));
        return (joined, token - start + 1);
    }
}
