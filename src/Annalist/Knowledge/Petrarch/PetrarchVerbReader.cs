using Annalist.Knowledge.Verbs;

namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// Reads a CAMEO.2.0-format verb dictionary (PETRARCH2) as it is: synsets (<c>&amp;NAME</c> and <c>+member</c>
/// lines), verb blocks (<c>--- NAME [code] ---</c>), verbs with irregular forms in <c>{...}</c> and their own
/// codes, multi-word verbs (<c>+CALL_OFF</c>, <c>RE_+ARREST</c>), patterns
/// (<c>- pre * post [active:passive]</c> with <c>{noun phrases}</c>, <c>(prepositional phrases)</c>, synsets
/// and <c>$ + % ^</c>) and transformations (<c>~ ... = ...</c>). Every line it cannot use is reported.
/// </summary>
public static class PetrarchVerbReader
{
    public static VerbDictionary Read(string path, string displayName, SourceFileReport report, IReadOnlyDictionary<string, Synset>? inherited = null)
    {
        var name = Path.GetFileName(path);
        name = name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
        return Read(SourceText.Lines(path), name, displayName, report, inherited);
    }

    /// <param name="inherited">The synsets of the dictionary this one lies over, which its patterns may name.</param>
    public static VerbDictionary Read(IEnumerable<(int Number, string Text)> lines, string dictionaryName, string displayName, SourceFileReport report, IReadOnlyDictionary<string, Synset>? inherited = null)
    {
        var state = new VerbReaderState(dictionaryName, displayName, report, inherited);
        var comments = new PetrarchComments();
        foreach (var (number, raw) in lines)
        {
            var line = comments.Strip(raw, out var comment).Trim();
            if (line.Length == 0)
            {
                // A blank line ends a synset; a comment line inside one does not.
                if (raw.Trim().Length == 0)
                {
                    state.EndSynset();
                }

                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                state.EndSynset();
                state.StartBlock(line, number, raw);
            }
            else if (line[0] == '-')
            {
                state.EndSynset();
                state.AddPattern(line, number, raw, comment);
            }
            else if (line[0] == '&')
            {
                state.StartSynset(line, number, raw);
            }
            else if (line[0] == '+' && state.InSynset)
            {
                state.AddSynsetMember(line[1..].Trim(), number, raw);
            }
            else if (line[0] == '~')
            {
                state.EndSynset();
                state.AddTransformation(line, number, raw);
            }
            else
            {
                state.EndSynset();
                state.AddVerb(line, number, raw);
            }
        }

        return state.Build();
    }
}
