using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Verbs;

namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// What <see cref="PetrarchVerbReader"/> has read so far; patterns are parsed at the end, once every synset is known.
/// <paramref name="inherited"/> are the synsets of the dictionary this one lies over (CAMEO.2.0 under the project's
/// verbs): its patterns may name them, and a synset of its own with the same name replaces one.
/// </summary>
internal sealed class VerbReaderState(string dictionaryName, string displayName, SourceFileReport report, IReadOnlyDictionary<string, Synset>? inherited = null)
{
    private readonly Dictionary<string, SynsetDraft> synsets = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BlockDraft> blocks = [];
    private readonly List<VerbTransformation> transformations = [];
    private readonly Dictionary<string, int> patternsOfName = new(StringComparer.OrdinalIgnoreCase);
    private SynsetDraft? synset;
    private BlockDraft? block;

    public bool InSynset => synset is not null;

    public void EndSynset() => synset = null;

    public void StartSynset(string line, int number, string raw)
    {
        var label = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
        var noPlural = label.EndsWith('_');
        var name = SynsetName(label);
        if (name.Length == 0)
        {
            report.Skip(number, "a synset without a name", raw);
            synset = null;
            return;
        }

        if (synsets.ContainsKey(name))
        {
            report.Warn(number, $"synset &{name.ToUpperInvariant()} is defined again; its members are added to the first definition", raw);
            synset = synsets[name];
            return;
        }

        synset = new SynsetDraft(name, noPlural, number);
        synsets[name] = synset;
    }

    public void AddSynsetMember(string member, int number, string raw)
    {
        if (member.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            // A member's words stand bare ("+PEACEKEEPING_FORCE", "+SWISS FRANCS"); braces, which mark a noun phrase in
            // a pattern, were kept as part of the words ("+{MEDICAL SUPPLIES}") and the member never matched.
            report.Skip(number, "a synset member's words stand without braces (+MEDICAL_SUPPLIES or +MEDICAL SUPPLIES)", raw);
        }
        else if (member.Length > 0)
        {
            synset!.Members.Add((member, number));
        }
    }

    public void StartBlock(string line, int number, string raw)
    {
        var inner = line.Trim('-', ' ', '\t');
        var bracket = inner.IndexOf('[', StringComparison.Ordinal);
        var name = (bracket >= 0 ? inner[..bracket] : inner).Trim();
        var code = VerbCode.None;
        if (bracket >= 0)
        {
            var close = inner.IndexOf(']', bracket);
            if (close < 0 || !VerbCode.TryParse(inner[(bracket + 1)..close], out code))
            {
                report.Warn(number, "the block's code is not readable; the block codes nothing", raw);
                code = VerbCode.None;
            }
        }

        if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal))
        {
            report.Skip(number, "a block header needs one name: --- NAME [code] ---", raw);
            block = null;
            return;
        }

        block = new BlockDraft(name.ToUpperInvariant(), code, number);
        blocks.Add(block);
    }

    public void AddVerb(string line, int number, string raw)
    {
        if (block is null)
        {
            report.Skip(number, "a verb outside a verb block", raw);
            return;
        }

        var text = line;
        var code = block.Code;
        var codeOpen = text.LastIndexOf('[');
        if (codeOpen >= 0)
        {
            var close = text.IndexOf(']', codeOpen);
            if (close < 0 || !VerbCode.TryParse(text[(codeOpen + 1)..close], out code))
            {
                report.Skip(number, "the verb's code is not readable", raw);
                return;
            }

            text = text[..codeOpen].Trim();
        }

        string[]? listed = null;
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var close = text.IndexOf('}', brace);
            if (close < 0)
            {
                report.Skip(number, "irregular forms '{' without the closing '}'", raw);
                return;
            }

            listed = text[(brace + 1)..close].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            text = text[..brace].Trim();
        }

        var words = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1)
        {
            report.Skip(number, "a verb line should hold one verb (words joined by '_'), its {forms} and [code]", raw);
            return;
        }

        if (!TrySplitVerb(words[0], out var parts, out var verbIndex))
        {
            report.Skip(number, "a multi-word verb needs '+' before the word that is inflected (+CALL_OFF, RE_+ARREST)", raw);
            return;
        }

        var forms = new List<string> { parts[verbIndex] };
        if (listed is null)
        {
            forms.AddRange(RegularForms(parts[verbIndex]));
        }
        else
        {
            foreach (var form in listed)
            {
                if (TrySplitVerb(form, out var formParts, out var formIndex) && formIndex < formParts.Count)
                {
                    forms.Add(formParts[formIndex]);
                }
                else
                {
                    report.Warn(number, $"the form '{form}' is not readable and was left out", raw);
                }
            }
        }

        block.Verbs.Add(new VerbEntry(parts[verbIndex], parts, verbIndex, [.. forms.Distinct(StringComparer.Ordinal)], code, block.Name, Where(number)));
        report.Loaded++;
    }

    public void AddPattern(string line, int number, string raw, string? comment)
    {
        if (block is null)
        {
            report.Skip(number, "a pattern outside a verb block", raw);
            return;
        }

        // Patterns are numbered through all blocks of one name, so that a rule id names one pattern when a
        // dictionary adds patterns to a block in several places ("annalist:EXCLUDE#5").
        var position = patternsOfName[block.Name] = patternsOfName.GetValueOrDefault(block.Name) + 1;
        block.Patterns.Add((line[1..].Trim(), number, raw, comment, position));
    }

    public void AddTransformation(string line, int number, string raw)
    {
        var sides = line[1..].Split('=');
        var left = sides[0].Replace('(', ' ').Replace(')', ' ').Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var right = sides.Length == 2 ? sides[1].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries) : [];
        if (sides.Length != 2 || left.Length != 5 || right.Length != 3)
        {
            report.Skip(number, "a transformation must read '~ a (b c INNER) OUTER = d e CODE'", raw);
            return;
        }

        transformations.Add(new VerbTransformation(left[0], left[1], left[2], left[3].ToUpperInvariant(), left[4].ToUpperInvariant(), right[0], right[1], right[2], line, Where(number)));
        report.Loaded++;
    }

    public VerbDictionary Build()
    {
        var resolved = inherited is null
            ? new Dictionary<string, Synset>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, Synset>(inherited, StringComparer.OrdinalIgnoreCase);
        foreach (var draft in synsets.Values.OrderBy(s => s.Line))
        {
            var members = new List<SynsetMember>();
            Resolve(draft, members, []);
            resolved[draft.Name] = new Synset(draft.Name, [.. members.DistinctBy(m => m.ToString())], Where(draft.Line));
            report.Loaded++;
        }

        var built = new List<VerbBlock>();
        foreach (var draft in blocks)
        {
            var patterns = new List<VerbPattern>();
            foreach (var (text, number, raw, comment, position) in draft.Patterns)
            {
                if (TryParsePattern(text, resolved, out var before, out var after, out var code, out var problem))
                {
                    patterns.Add(new VerbPattern($"{dictionaryName}:{draft.Name}#{position}", draft.Name, code, before, after, text[..text.LastIndexOf('[')].Trim(), Where(number), comment));
                    report.Loaded++;
                }
                else
                {
                    report.Skip(number, problem, raw);
                }
            }

            built.Add(new VerbBlock(draft.Name, draft.Code, Where(draft.Line), draft.Verbs, patterns));
        }

        return new VerbDictionary(dictionaryName, built, resolved, transformations);
    }

    private string Where(int line) => $"{displayName}:{line}";

    private static string SynsetName(string label) => label.TrimStart('&').TrimEnd('_').ToLowerInvariant();

    private void Resolve(SynsetDraft draft, List<SynsetMember> output, HashSet<string> visiting)
    {
        if (!visiting.Add(draft.Name))
        {
            return;
        }

        foreach (var (member, line) in draft.Members)
        {
            if (member[0] == '&')
            {
                if (synsets.TryGetValue(SynsetName(member), out var nested))
                {
                    Resolve(nested, output, visiting);
                }
                else if (inherited?.GetValueOrDefault(SynsetName(member)) is { } outer)
                {
                    output.AddRange(outer.Members);
                }
                else
                {
                    report.Skip(line, $"synset &{draft.Name.ToUpperInvariant()} names the undefined synset {member}", member);
                }

                continue;
            }

            if (member[0] == '(')
            {
                var inner = member.Trim('(', ')', ' ');
                output.Add(new SynsetMember(Words(inner), true));
                continue;
            }

            var noPlural = draft.NoPlural || member.EndsWith('_');
            var words = Words(member);
            if (words.Count == 0)
            {
                continue;
            }

            output.Add(new SynsetMember(words, false));
            if (!noPlural)
            {
                output.Add(new SynsetMember([.. words.Take(words.Count - 1), EnglishPlural.Of(words[^1]).ToLowerInvariant()], false));
            }
        }

        visiting.Remove(draft.Name);
    }

    private static List<string> Words(string text) =>
        [.. text.Replace('_', ' ').Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())];

    private static bool TrySplitVerb(string written, out List<string> parts, out int verbIndex)
    {
        var pieces = written.Split('_', StringSplitOptions.RemoveEmptyEntries);
        parts = [];
        verbIndex = -1;
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.StartsWith('+'))
            {
                verbIndex = i;
                piece = piece[1..];
            }

            if (piece.Length == 0)
            {
                return false;
            }

            parts.Add(piece.ToLowerInvariant());
        }

        if (verbIndex < 0)
        {
            if (parts.Count != 1)
            {
                return false;
            }

            verbIndex = 0;
        }

        return parts.Count > 0;
    }

    /// <summary>The regular forms PETRARCH2 generates: -S/-ES/-IES, -D/-ED, -ING (dropping a final E after a consonant).</summary>
    private static IEnumerable<string> RegularForms(string verb)
    {
        if (verb.Length < 2)
        {
            yield break;
        }

        yield return verb[^1] is 's' or 'x' or 'z' || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
            ? verb + "es"
            : verb[^1] == 'y' && !"aeiou".Contains(verb[^2], StringComparison.Ordinal) ? verb[..^1] + "ies" : verb + "s";
        yield return verb[^1] == 'e' ? verb + "d" : verb[^1] == 'y' && !"aeiou".Contains(verb[^2], StringComparison.Ordinal) ? verb[..^1] + "ied" : verb + "ed";
        yield return verb[^1] == 'e' && !"aeiou".Contains(verb[^2], StringComparison.Ordinal) ? verb[..^1] + "ing" : verb + "ing";
    }

    private static bool TryParsePattern(string text, Dictionary<string, Synset> synsets, out List<PatternElement> before, out List<PatternElement> after, out VerbCode code, out string problem)
    {
        before = [];
        after = [];
        code = VerbCode.None;
        problem = string.Empty;
        var open = text.LastIndexOf('[');
        var close = open < 0 ? -1 : text.IndexOf(']', open);
        if (open < 0 || close < 0)
        {
            problem = "a pattern without its [code]";
            return false;
        }

        if (!VerbCode.TryParse(text[(open + 1)..close], out code))
        {
            problem = $"the pattern's code [{text[(open + 1)..close]}] is not a code";
            return false;
        }

        var body = text[..open];
        var star = body.IndexOf('*', StringComparison.Ordinal);
        if (star < 0 || body.IndexOf('*', star + 1) >= 0)
        {
            problem = "a pattern needs exactly one '*' for the verb";
            return false;
        }

        if (body.Contains("_+", StringComparison.Ordinal) || body.Contains("_$", StringComparison.Ordinal))
        {
            problem = "legacy TABARI syntax ('_' joined to '+' or '$') is not CAMEO 2.0 pattern syntax";
            return false;
        }

        // The original format joins words to the verb ("RECENTLY_*", "*_UPON", "SO IN_AND_*_OUT_AGAIN NOW"): they
        // stand right next to it. The joined token is cut out of the sides and read as two adjacent elements.
        var start = star;
        while (start > 0 && !char.IsWhiteSpace(body[start - 1]))
        {
            start--;
        }

        var end = star + 1;
        while (end < body.Length && !char.IsWhiteSpace(body[end]))
        {
            end++;
        }

        if (!TryParseSide(body[..start], synsets, before, out problem, wordsApart: true))
        {
            return false;
        }

        if (!TryJoined(body[start..star], synsets, out var joinedBefore, out problem) || !TryJoined(body[(star + 1)..end], synsets, out var joinedAfter, out problem))
        {
            return false;
        }

        if (joinedBefore.Count > 0)
        {
            before.Add(new AdjacentElement(joinedBefore));
        }

        if (joinedAfter.Count > 0)
        {
            after.Add(new AdjacentElement(joinedAfter));
        }

        return TryParseSide(body[end..], synsets, after, out problem);
    }

    /// <summary>The words joined to the verb on one side ("RECENTLY_" before it, "_OUT_AGAIN" after it), in order.</summary>
    private static bool TryJoined(string joined, Dictionary<string, Synset> synsets, out List<PatternTerm> terms, out string problem)
    {
        terms = [];
        problem = string.Empty;
        foreach (var word in joined.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            // TryTerm refuses the other pattern punctuation; '+' it would take for a word.
            if (word.Contains('+'))
            {
                problem = $"'{joined}' joins the target slot to the verb";
                return false;
            }

            if (!TryTerm(word, synsets, out var term, out problem))
            {
                return false;
            }

            terms.Add(term);
        }

        return true;
    }

    /// <param name="wordsApart">
    /// Before the verb, words apart are separate words to be found there ("INDICATED WOULD * NOW": "indicated it
    /// would act now"); only an underscore joins them. After it, bare words in a row are one noun phrase.
    /// </param>
    private static bool TryParseSide(string side, Dictionary<string, Synset> synsets, List<PatternElement> output, out string problem, bool wordsApart = false)
    {
        problem = string.Empty;
        var tokens = side.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token[0] == '(')
            {
                var group = Collect(tokens, ref i, '(', ')');
                if (group is null)
                {
                    problem = "a '(' without its ')'";
                    return false;
                }

                if (group.Count == 0)
                {
                    problem = "an empty prepositional phrase ()";
                    return false;
                }

                if (!TryTerm(group[0], synsets, out var preposition, out problem))
                {
                    return false;
                }

                var objects = new List<PatternElement>();
                if (!TryParseSide(string.Join(' ', group.Skip(1)), synsets, objects, out problem))
                {
                    return false;
                }

                output.Add(new PrepositionElement(preposition, objects));
            }
            else if (token[0] == '{')
            {
                var group = Collect(tokens, ref i, '{', '}');
                if (group is null || group.Count == 0)
                {
                    problem = "a '{' without its '}' or an empty noun phrase";
                    return false;
                }

                var terms = new List<PatternTerm>();
                foreach (var word in group.SelectMany(w => w.Split('_', StringSplitOptions.RemoveEmptyEntries)))
                {
                    if (!TryTerm(word, synsets, out var term, out problem))
                    {
                        return false;
                    }

                    terms.Add(term);
                }

                output.Add(new NounElement(terms[^1], terms[..^1]));
            }
            else if (token.Length == 1 && token[0] is '$' or '+' or '%' or '^')
            {
                output.Add(new SlotElement(token[0] switch { '$' => PatternSlot.Source, '+' => PatternSlot.Target, '%' => PatternSlot.Compound, _ => PatternSlot.Skip }));
            }
            else if (token[0] is ')' or '}')
            {
                problem = $"an unmatched '{token[0]}'";
                return false;
            }
            else if (BarePrepositions.Contains(token) && i + 1 == tokens.Length && !VerbPattern.IsParticle(token))
            {
                // "- * SANCTIONS AGAINST [1312]": a preposition closing the pattern is a phrase with any object.
                if (!TryTerm(token, synsets, out var preposition, out problem))
                {
                    return false;
                }

                output.Add(new PrepositionElement(preposition, []));
            }
            else if (BarePrepositions.Contains(token) && i + 1 < tokens.Length && IsPhraseWord(tokens[i + 1]))
            {
                // The original TABARI/PETRARCH format writes a prepositional phrase without parentheses
                // ("- * OVER EFFORTS [121]"); its object runs to the next preposition, group or slot.
                if (!TryTerm(token, synsets, out var preposition, out problem))
                {
                    return false;
                }

                var words = new List<string>();
                while (i + 1 < tokens.Length && IsPhraseWord(tokens[i + 1]) && !BarePrepositions.Contains(tokens[i + 1]))
                {
                    words.Add(tokens[++i]);
                }

                var objects = new List<PatternElement>();
                if (!TryParseSide(string.Join(' ', words), synsets, objects, out problem))
                {
                    return false;
                }

                output.Add(new PrepositionElement(preposition, objects));
            }
            else
            {
                // Bare words in a row name one noun phrase ("- * ARMS EMBARGO", "- * DIPLOMATIC TIES"), as braces do,
                // unless the first is a particle of the verb ("- * OFF ROW": set off a row).
                var words = new List<string>(token.Split('_', StringSplitOptions.RemoveEmptyEntries));
                while (!wordsApart && !VerbPattern.IsParticle(token) && i + 1 < tokens.Length && IsPhraseWord(tokens[i + 1]) && tokens[i + 1][0] is not ('$' or '+' or '%' or '^')
                    && !BarePrepositions.Contains(tokens[i + 1]) && !VerbPattern.IsParticle(tokens[i + 1]))
                {
                    words.AddRange(tokens[++i].Split('_', StringSplitOptions.RemoveEmptyEntries));
                }

                var terms = new List<PatternTerm>();
                foreach (var word in words)
                {
                    if (!TryTerm(word, synsets, out var term, out problem))
                    {
                        return false;
                    }

                    terms.Add(term);
                }

                if (terms.Count > 0)
                {
                    output.Add(new NounElement(terms[^1], terms[..^1]));
                }
            }
        }

        return true;
    }

    /// <summary>Prepositions that open a phrase when written bare before a word (original verbs-file format).</summary>
    private static readonly HashSet<string> BarePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "OVER", "WITH", "TO", "AGAINST", "ON", "IN", "AT", "FROM", "FOR", "INTO", "ABOUT", "BY", "TOWARD", "TOWARDS", "UPON", "OF", "BETWEEN", "AMONG", "AFTER", "BEFORE", "DURING", "UNDER", "THROUGH", "WITHOUT",
    };


    /// <summary>A word or a slot ("WITH +"), not a group or the verb's '*'.</summary>
    private static bool IsPhraseWord(string token) => token.Length > 0 && token[0] is not ('(' or ')' or '{' or '}' or '*');

    private static List<string>? Collect(string[] tokens, ref int i, char open, char close)
    {
        var words = new List<string>();
        for (; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var done = token.EndsWith(close);
            var word = token.TrimStart(open).TrimEnd(close);
            if (word.Length > 0)
            {
                words.Add(word);
            }

            if (done)
            {
                return words;
            }
        }

        return null;
    }

    private static bool TryTerm(string word, Dictionary<string, Synset> synsets, out PatternTerm term, out string problem)
    {
        problem = string.Empty;
        if (word[0] == '&')
        {
            var name = SynsetName(word);
            term = new PatternTerm(name, true);
            if (!synsets.ContainsKey(name))
            {
                problem = $"the synset {word} is not defined";
                return false;
            }

            return true;
        }

        if (word.IndexOfAny(['(', ')', '{', '}', '[', ']', '$', '%', '^', '*']) >= 0)
        {
            term = default;
            problem = $"'{word}' mixes a word with pattern punctuation";
            return false;
        }

        term = new PatternTerm(word.ToLowerInvariant(), false);
        return true;
    }

    private sealed class SynsetDraft(string name, bool noPlural, int line)
    {
        public string Name { get; } = name;

        public bool NoPlural { get; } = noPlural;

        public int Line { get; } = line;

        public List<(string Text, int Line)> Members { get; } = [];
    }

    private sealed class BlockDraft(string name, VerbCode code, int line)
    {
        public string Name { get; } = name;

        public VerbCode Code { get; } = code;

        public int Line { get; } = line;

        public List<VerbEntry> Verbs { get; } = [];

        public List<(string Text, int Line, string Raw, string? Comment, int Position)> Patterns { get; } = [];
    }
}
