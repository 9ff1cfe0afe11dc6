using System.Text.RegularExpressions;
using Annalist.Documents;

namespace Annalist.Tests.Syntax;

/// <summary>One case of Specs/dependencies.txt: a sentence and the arcs expected in its parse.</summary>
internal sealed partial record DependencySpec(string Sentence, IReadOnlyList<SpecArc> Arcs)
{
    public static List<DependencySpec> Load(string path)
    {
        var cases = new List<DependencySpec>();
        string? sentence = null;
        var arcs = new List<SpecArc>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                Flush();
                sentence = line.Trim();
                continue;
            }

            var match = ArcPattern().Match(line.Trim());
            if (!match.Success || sentence is null)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'relation(head, dependent)' after a sentence, got '{line.Trim()}'");
            }

            arcs.Add(new SpecArc(match.Groups[1].Value, SpecWord.Parse(match.Groups[2].Value), SpecWord.Parse(match.Groups[3].Value)));
        }

        Flush();
        return cases;

        void Flush()
        {
            if (sentence is not null)
            {
                cases.Add(new DependencySpec(sentence, arcs));
            }

            arcs = [];
        }
    }

    [GeneratedRegex(@"^([a-z]+(?::[a-z]+)?)\((\S+), (\S+)\)$")]
    private static partial Regex ArcPattern();
}

/// <summary>An expected arc: relation(head, dependent).</summary>
internal sealed record SpecArc(string Relation, SpecWord Head, SpecWord Dependent)
{
    public override string ToString() => $"{Relation}({Head}, {Dependent})";
}

/// <summary>A word of a spec sentence: its form, and its 1-based position when the form is not unique.</summary>
internal sealed record SpecWord(string Form, int? Position)
{
    public static SpecWord Parse(string text)
    {
        var dash = text.LastIndexOf('-');
        return dash > 0 && int.TryParse(text.AsSpan(dash + 1), out var position) ? new SpecWord(text[..dash], position) : new SpecWord(text, null);
    }

    /// <summary>The token this word names; throws when it names none or several.</summary>
    public int Find(Document document)
    {
        if (Position is { } position)
        {
            var index = position - 1;
            if (index < 0 || index >= document.TokenCount || document.Form(index) != Form)
            {
                throw new FormatException($"token {position} is not '{Form}'");
            }

            return index;
        }

        var found = Enumerable.Range(0, document.TokenCount).Where(t => document.Form(t) == Form).ToList();
        return found.Count == 1 ? found[0] : throw new FormatException($"'{Form}' names {found.Count} tokens; write {Form}-N");
    }

    public override string ToString() => Position is null ? Form : $"{Form}-{Position}";
}
