using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Annalist.Knowledge.Countries;

/// <summary>
/// Reads the Factbook leaders table (iso3, country, nationality noun and adjective, chief of state, head of
/// government, cabinet, snapshot date, file) and parses each office-holder out of the free text, e.g.
/// <c>President Vladimir Vladimirovich PUTIN (since 7 May 2012)</c>: title, given names, the surname in capitals,
/// the date. Heads of state who are represented by someone else (realms, territories) are read only where
/// they are at home. Cells that name nobody are reported.
/// </summary>
public static partial class FactbookLeaderReader
{
    /// <summary>
    /// Given names so common that, as a leader's surname, they name no one alone: "Mohamed" in a story is the person the
    /// article introduced, not Djibouti's prime minister (Abdoulkader Kamil Mohamed), "Hassan" not Jordan's or Tanzania's.
    /// </summary>
    private static readonly HashSet<string> CommonGivenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mohamud", "Ahmed", "Ahmad", "Hassan", "Hasan", "Hussein", "Husain",
        "Ibrahim", "Abdullah", "Abdallah", "Omar", "Umar", "Mustafa", "Mahmoud", "Khalid", "Yusuf", "Youssef", "Musa",
        "Salah", "Saleh", "Abdi", "Osman", "Othman", "Idris", "Ismail", "Yahya", "Ibrahima", "Mamadou", "Moussa",
        "Joseph", "David", "Michael", "James", "Thomas", "Peter", "Daniel", "Samuel", "John", "Paul", "George",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Prime", "Minister", "King", "Queen", "Premier", "Chancellor", "Governor", "General", "Governor-General",
        "Sultan", "Emir", "Amir", "Crown", "Prince", "Princess", "Co-prince", "Transitional", "Interim", "Acting", "Capt.", "Gen.",
        "Col.", "Lt.", "Maj.", "Sir", "Dame", "Dr.", "Archbishop", "State", "Affairs", "Commission", "Supreme", "People's",
        "Assembly", "Chairman", "Chairperson", "Presidency", "Council", "Ministers", "Taliban", "Leader", "Vice", "Co-Vice",
        "Administrator", "Chief", "Executive", "Lieutenant-Governor", "High", "Commissioner", "Prefect", "Pope", "Grand", "Duke",
        "Grand-Duke", "Ratu", "Sheikh", "Shaykh", "Federal", "Head", "Government", "Captain", "Captains", "Regent", "Emperor",
        "Field", "Marshal", "Brig.", "Army", "Senior", "Deputy", "Overall", "Territorial", "Confederation", "Swiss", "Mayor",
        "Speaker", "Secretary", "First", "Supreme Leader", "Lord", "Representative", "Resident", "Commander", "Chairwoman",
        "Co-Princes", "Spain", "Presidential", "Principal", "Ayatollah", "Hojjat", "ol-Eslam", "Vizier", "Monarch",
    };

    public static List<OfficeHolder> Read(string path, string displayName, ISet<string> independent, SourceFileReport report)
    {
        var result = new List<OfficeHolder>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 7 || f[0].Length != 3)
            {
                report.Skip(number, "no ISO code or too few columns", line);
                continue;
            }

            var iso3 = CameoCountryCodes.Of(f[0]);
            var before = result.Count;
            var chief = Clean(f[4]);
            var government = Clean(f[5]);
            var foreignHead = chief.Contains("represented by", StringComparison.OrdinalIgnoreCase) || !independent.Contains(iso3);
            if (!foreignHead)
            {
                ReadCell(chief, iso3, $"{displayName}:{number}", result);
            }

            if (government != chief || foreignHead)
            {
                ReadCell(government, iso3, $"{displayName}:{number}", result);
            }

            if (result.Count == before)
            {
                report.Skip(number, "names no office-holder that could be read", line);
            }
            else
            {
                report.Loaded += result.Count - before;
            }
        }

        return result;
    }

    /// <summary>Parses one person segment: "Title Given SURNAME rest (since D Month YYYY)".</summary>
    internal static OfficeHolder? ParsePerson(string segment, string iso3, string source)
    {
        var paren = segment.IndexOf('(', StringComparison.Ordinal);
        var head = (paren >= 0 ? segment[..paren] : segment).Trim().TrimEnd(',');
        DateOnly? since = paren >= 0 && SinceDate().Match(segment[paren..]) is { Success: true } m ? ParseDate(m.Groups[1].Value) : null;
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var firstCaps = Array.FindIndex(words, IsCapitalized);
        if (firstCaps < 0)
        {
            return null;
        }

        var given = firstCaps;
        while (given > 0 && !TitleWords.Contains(words[given - 1]) && char.IsUpper(words[given - 1][0]) && !words[given - 1].EndsWith(','))
        {
            given--;
        }

        var lastCaps = firstCaps;
        while (lastCaps + 1 < words.Length && IsCapitalized(words[lastCaps + 1]))
        {
            lastCaps++;
        }

        var title = string.Join(' ', words[..given]).Trim();
        var givenNames = words[given..firstCaps];
        var surname = words[firstCaps..(lastCaps + 1)].Select(TitleCase).ToArray();
        var rest = words[(lastCaps + 1)..].Where(w => !w.StartsWith('(')).ToArray();
        var full = string.Join(' ', givenNames.Concat(surname).Concat(rest));
        var aliases = new List<string> { full };
        if (givenNames.Length > 0)
        {
            aliases.Add(string.Join(' ', surname.Prepend(givenNames[0])));
            var last = string.Join(' ', surname);
            // A surname alone names the leader, but not when it is a common word ("Friday", "Christian", "Store") or a given
            // name borne by millions ("Mohamed", "Hassan"): alone it names whoever the article is about.
            if (last.Length >= 4 && surname.Length == 1 && rest.Length == 0 && !Places.RunningTextNames.IsCommonWord(last) && !CommonGivenNames.Contains(last))
            {
                aliases.Add(last);
            }
        }
        else
        {
            aliases.Add(string.Join(' ', surname.Concat(rest)));
        }

        return new OfficeHolder(iso3, title, full, [.. aliases.Distinct(StringComparer.OrdinalIgnoreCase)], since, source);
    }

    private static void ReadCell(string cell, string iso3, string source, List<OfficeHolder> output)
    {
        foreach (var part in cell.Split(';'))
        {
            var segment = part.Trim();
            var represented = segment.IndexOf("represented by", StringComparison.OrdinalIgnoreCase);
            if (represented >= 0)
            {
                segment = segment[(represented + "represented by".Length)..].Trim();
            }

            if (segment.StartsWith("and ", StringComparison.Ordinal))
            {
                segment = segment[4..];
            }

            if (segment.Length > 0 && ParsePerson(segment, iso3, source) is { } person && output.All(o => o.Country != iso3 || o.Name != person.Name))
            {
                output.Add(person);
            }
        }
    }

    private static string Clean(string text) => TagPattern().Replace(WebUtility.HtmlDecode(text), " ").Trim();

    private static bool IsCapitalized(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2 || (letters == 1 && word.Length == 1 && word != "A");
    }

    private static string TitleCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || chars[i - 1] is '-' or '\'' or ' '))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        var result = new string(chars);
        return result is "Ii" or "Iii" or "Iv" or "Vi" or "Vii" or "Viii" or "Ix" or "Xi" or "Xii" || word.Length <= 3 && word.All(c => c is 'I' or 'V' or 'X') ? word : result;
    }

    private static DateOnly? ParseDate(string text)
    {
        string[] formats = ["d MMMM yyyy", "MMMM yyyy", "yyyy"];
        return DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;
    }

    [GeneratedRegex(@"since (\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4})")]
    private static partial Regex SinceDate();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
