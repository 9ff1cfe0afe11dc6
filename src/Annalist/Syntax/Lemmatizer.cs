namespace Annalist.Syntax;

/// <summary>
/// Lemmatizer learned from the treebanks: an exception lexicon from (form, tag class) to the lemma
/// seen most often — first with the form's case (proper nouns: "al" and "Al" are different words),
/// then lower-cased — then, for unseen words, suffix rules by tag class (longest
/// suffix first; among a suffix's candidate rules the first giving a lemma known from training wins:
/// "raided" → raid, "traded" → trade), then the tag class's default rule. Lexicon lemmas are shared
/// strings, so known words allocate nothing. Immutable and thread-safe.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 6;
    public const int CandidatesPerSuffix = 3;
    private const uint Magic = 0x4D4C4E41; // "ANLM"
    private const int MaxWord = 64;

    private readonly HashMap64 lexicon;
    private readonly HashMap64 casedLexicon;
    private readonly string[] lemmas;
    private readonly LemmaRule[] rules;
    private readonly HashMap64 suffixRules;
    private readonly int[] tagDefaults;
    private readonly HashMap64 knownLemmas;

    public Lemmatizer(HashMap64 casedLexicon, HashMap64 lexicon, string[] lemmas, LemmaRule[] rules, HashMap64 suffixRules, int[] tagDefaults, HashMap64 knownLemmas)
    {
        this.casedLexicon = casedLexicon;
        this.lexicon = lexicon;
        this.lemmas = lemmas;
        this.rules = rules;
        this.suffixRules = suffixRules;
        this.tagDefaults = tagDefaults;
        this.knownLemmas = knownLemmas;
    }

    /// <summary>For each tag class, the classes with the same UPOS (set by the model that pairs this lemmatizer with its tagger).</summary>
    private int[][]? sameUpos;

    /// <summary>Whether each tag class is a verb (set with <see cref="sameUpos"/>).</summary>
    private bool[]? verbClass;

    public int LexiconSize => lexicon.Count;

    /// <summary>Whether the training treebanks gave the word (its lower-case hash) this tag class.</summary>
    public bool Knows(ulong lower, int tag) => lexicon.TryGetValue(LexiconKey(lower, tag), out _);

    /// <summary>
    /// Tells the lemmatizer the UPOS of each tag class, so a suffix rule's lemma must be known as the same part of
    /// speech: "mobilized" (VERB) is not "mobile" (an adjective) but "mobilize".
    /// </summary>
    internal void UsePartsOfSpeech(IReadOnlyList<string> classUpos)
    {
        verbClass = classUpos.Select(u => u == "VERB").ToArray();
        sameUpos = Enumerable.Range(0, classUpos.Count)
            .Select(c => Enumerable.Range(0, classUpos.Count).Where(o => classUpos[o] == classUpos[c]).ToArray())
            .ToArray();
    }

    public string Lemmatize(ReadOnlySpan<char> form, int tag)
    {
        if (form.Length > MaxWord)
        {
            return form.ToString();
        }

        Span<char> lower = stackalloc char[form.Length];
        Fold(form, lower);
        if (casedLexicon.TryGetValue(LexiconKey(FeatureHash.Text(lower), tag), out var entry))
        {
            return lemmas[(int)entry];
        }

        Lower(form, lower);
        if (lexicon.TryGetValue(LexiconKey(FeatureHash.Text(lower), tag), out entry))
        {
            return lemmas[(int)entry];
        }

        // The longest suffix with a rule that applies decides: a lemma the treebanks know as this part of
        // speech, else one they know as any. When none of its lemmas is known, a verb takes a shorter
        // suffix's known lemma over an unknown one ("rioted" is riot, seen only as a noun, not "riote").
        var first = -1;
        var verb = IsVerb(tag);
        for (var k = Math.Min(MaxSuffix, lower.Length); k >= 1; k--)
        {
            if (!suffixRules.TryGetValue(SuffixKey(lower[^k..], tag), out var packed))
            {
                continue;
            }

            var firstHere = -1;
            var knownElsewhere = -1;
            for (var c = 0; c < CandidatesPerSuffix; c++)
            {
                var id = (int)((packed >> (21 * c)) & 0x1FFFFF) - 1;
                if (id < 0)
                {
                    break;
                }

                var rule = rules[id];
                if (!rule.AppliesTo(form) || UndoublesSingle(rule, lower))
                {
                    continue;
                }

                if (firstHere < 0)
                {
                    firstHere = id;
                }

                var known = Known(rule, lower, tag);
                if (known == Knowledge.SamePartOfSpeech && first < 0)
                {
                    return rule.Apply(form);
                }

                // Below the deciding suffix, only rules that rewrite no more than the suffix they matched:
                // a learned whole-word rule ("Griffin" -> "Goodwyn") applied to a shorter match is noise.
                if (known != Knowledge.Unknown && knownElsewhere < 0 && (first < 0 || (verb && rule.Strip <= k && lower.Length - rule.Strip + rule.Append.Length >= 3)))
                {
                    knownElsewhere = id;
                }
            }

            if (knownElsewhere >= 0)
            {
                return rules[knownElsewhere].Apply(form);
            }

            if (first < 0 && firstHere >= 0)
            {
                first = firstHere;
                if (!verb)
                {
                    break; // only a verb looks further, at shorter suffixes
                }
            }
        }

        if (first >= 0)
        {
            return rules[first].Apply(form);
        }

        var fallback = (uint)tag < (uint)tagDefaults.Length && tagDefaults[tag] >= 0 ? rules[tagDefaults[tag]] : new LemmaRule(false, 0, string.Empty);
        return fallback.AppliesTo(form) ? fallback.Apply(form) : form.ToString();
    }

    /// <summary>
    /// Whether a rule drops a consonant before "-ed" or "-ing" that is not doubled: "planned" is "plan" + a doubled n,
    /// "spurned" is no "spur" (a rule learned from the first, applied to the second, read the rebels who spurned an
    /// offer as spurring it on, CAMEO's ENCOURAGE).
    /// </summary>
    private static bool UndoublesSingle(LemmaRule rule, ReadOnlySpan<char> lower)
    {
        var suffix = rule.Append.Length > 0 ? 0 : rule.Strip == 3 && lower.EndsWith("ed") ? 3 : rule.Strip == 4 && lower.EndsWith("ing") ? 4 : 0;
        if (suffix == 0 || lower.Length < suffix + 2)
        {
            return false;
        }

        var dropped = lower[^suffix];
        return char.IsLetter(dropped) && "aeiouy".IndexOf(dropped) < 0 && dropped != lower[^(suffix + 1)];
    }

    private bool IsVerb(int tag) => verbClass is { } verbs && (uint)tag < (uint)verbs.Length && verbs[tag];

    private enum Knowledge
    {
        Unknown,
        OtherPartOfSpeech,
        SamePartOfSpeech,
    }

    private Knowledge Known(LemmaRule rule, ReadOnlySpan<char> lower, int tag)
    {
        var keep = lower.Length - rule.Strip;
        Span<char> candidate = stackalloc char[keep + rule.Append.Length];
        lower[..keep].CopyTo(candidate);
        rule.Append.AsSpan().CopyTo(candidate[keep..]);
        var hash = FeatureHash.Text(candidate);
        if (!knownLemmas.TryGetValue(hash, out _))
        {
            return Knowledge.Unknown;
        }

        if (sameUpos is null || (uint)tag >= (uint)sameUpos.Length)
        {
            return Knowledge.SamePartOfSpeech;
        }

        // Known as a word of the same part of speech (any of its forms in training carries this lemma).
        foreach (var other in sameUpos[tag])
        {
            if (lexicon.TryGetValue(LexiconKey(hash, other), out var entry) && lemmas[(int)entry].Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return Knowledge.SamePartOfSpeech;
            }
        }

        return Knowledge.OtherPartOfSpeech;
    }

    internal static void Fold(ReadOnlySpan<char> form, Span<char> folded)
    {
        for (var i = 0; i < form.Length; i++)
        {
            folded[i] = WordShape.Fold(form[i]);
        }
    }

    internal static void Lower(ReadOnlySpan<char> form, Span<char> lower)
    {
        for (var i = 0; i < form.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(WordShape.Fold(form[i]));
        }
    }

    internal static ulong LexiconKey(ulong wordHash, int tag) => FeatureHash.Feature(1, wordHash, FeatureHash.Value(tag));

    internal static ulong SuffixKey(ReadOnlySpan<char> suffix, int tag) => FeatureHash.Feature(2, FeatureHash.Text(suffix), FeatureHash.Value(tag));

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        casedLexicon.Write(writer);
        lexicon.Write(writer);
        writer.Write(lemmas.Length);
        foreach (var lemma in lemmas)
        {
            writer.Write(lemma);
        }

        writer.Write(rules.Length);
        foreach (var rule in rules)
        {
            rule.Write(writer);
        }

        suffixRules.Write(writer);
        writer.Write(tagDefaults.Length);
        foreach (var d in tagDefaults)
        {
            writer.Write(d);
        }

        knownLemmas.Write(writer);
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a lemmatizer model");
        }

        var casedLexicon = HashMap64.Read(reader);
        var lexicon = HashMap64.Read(reader);
        var lemmas = new string[reader.ReadInt32()];
        for (var i = 0; i < lemmas.Length; i++)
        {
            lemmas[i] = string.Intern(reader.ReadString());
        }

        var rules = new LemmaRule[reader.ReadInt32()];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = LemmaRule.Read(reader);
        }

        var suffixRules = HashMap64.Read(reader);
        var defaults = new int[reader.ReadInt32()];
        for (var i = 0; i < defaults.Length; i++)
        {
            defaults[i] = reader.ReadInt32();
        }

        return new Lemmatizer(casedLexicon, lexicon, lemmas, rules, suffixRules, defaults, HashMap64.Read(reader));
    }
}
