using Annalist.Documents;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Actors;

/// <summary>
/// Later references to a person by part of their name — "Won-sik" after "South Korean national
/// security director Shin Won-sik", "Putin" after "Vladimir Putin", "Kim" after "Kim Jong-un" — get
/// that person's code. Remembers the name (the trailing proper nouns) of every person mention; a run
/// of proper nouns not otherwise recognised that equals the start or the end of a remembered name is
/// an alias. One per document.
/// </summary>
public sealed class NameAliases
{
    // Every proper start and end of a remembered name ("kim", "kim jong"; "jong-un", ...) to the latest person
    // it belongs to and when that person was remembered: a lookup per run of proper nouns, so the cost stays
    // linear in the article's length however many people it names.
    private readonly Dictionary<string, (int Order, ActorMention Mention)> starts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Order, ActorMention Mention)> ends = new(StringComparer.Ordinal);
    private int remembered;

    public void Remember(Document document, ActorMention mention)
    {
        if (mention.Kind != ActorMention.Person || mention.Antecedent is not null)
        {
            return;
        }

        var name = NameWords(document, mention.Tokens);
        if (name.Length == 0)
        {
            return;
        }

        remembered++;
        for (var length = 1; length < name.Length; length++)
        {
            starts[Key(name.AsSpan(0, length))] = (remembered, mention);
            ends[Key(name.AsSpan(name.Length - length))] = (remembered, mention);
        }
    }

    /// <summary>The mentions plus aliases found in the sentence's uncovered proper-noun runs.</summary>
    public IReadOnlyList<ActorMention> Extend(Document document, Sentence sentence, IReadOnlyList<ActorMention> mentions)
    {
        if (remembered == 0)
        {
            return mentions;
        }

        var covered = new bool[sentence.Tokens.Count];
        foreach (var mention in mentions)
        {
            for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
            {
                covered[t - sentence.Tokens.Start] = true;
            }
        }

        List<ActorMention>? extended = null;
        for (var t = sentence.Tokens.Start; t < sentence.Tokens.End;)
        {
            if (covered[t - sentence.Tokens.Start] || !IsNamePart(document, t))
            {
                t++;
                continue;
            }

            var end = t;
            while (end < sentence.Tokens.End && !covered[end - sentence.Tokens.Start] && (IsNamePart(document, end) || document.IsJoiningHyphen(end)))
            {
                end++;
            }

            var words = Words(document, t, end);
            if (Find(words) is { } person)
            {
                extended ??= [.. mentions];
                extended.Add(person with { Tokens = new TokenRange(t, end), Antecedent = person });
            }

            t = end;
        }

        if (extended is null)
        {
            return mentions;
        }

        extended.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        return extended;
    }

    /// <summary>The latest remembered person whose name starts or ends with these words (and has more words than they).</summary>
    private ActorMention? Find(string[] words)
    {
        var key = Key(words);
        var start = starts.TryGetValue(key, out var s) ? s : default;
        var end = ends.TryGetValue(key, out var e) ? e : default;
        return start.Order >= end.Order ? start.Mention : end.Mention;
    }

    private static string Key(ReadOnlySpan<string> words) => string.Join('\u001f', words.ToArray());

    private static string[] NameWords(Document document, TokenRange tokens)
    {
        var start = tokens.End;
        while (start > tokens.Start && (IsNamePart(document, start - 1) || document.IsJoiningHyphen(start - 1)))
        {
            start--;
        }

        return start < tokens.End ? Words(document, start, tokens.End) : [];
    }

    private static string[] Words(Document document, int start, int end) =>
        Enumerable.Range(start, end - start).Select(t => document.Form(t).ToLowerInvariant()).ToArray();

    private static bool IsNamePart(Document document, int token) =>
        document.Upos(token) == "PROPN" && document.FormSpan(token) is { Length: > 0 } form && char.IsUpper(form[0]) || IsLowerNameSyllable(document, token);

    /// <summary>"un" in "Jong-un", "sik" in "Won-sik": a lower-case syllable joined by a hyphen.</summary>
    private static bool IsLowerNameSyllable(Document document, int token) =>
        token > 0 && document.Form(token - 1) == "-" && document.NoSpaceAfter(token - 1) && document.Upos(token) == "PROPN";

}
