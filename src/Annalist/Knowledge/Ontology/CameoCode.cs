using System.Diagnostics.CodeAnalysis;

namespace Annalist.Knowledge.Ontology;

/// <summary>
/// A CAMEO event code as written (<c>"010"</c> is not <c>"10"</c>). Standard codes are 2–4 digits whose
/// first two digits are the root 01–20; dictionaries may also carry local codes (the PETRARCH validation
/// suite uses <c>903</c> or <c>174L</c>), which are kept as written and are not <see cref="IsStandardForm"/>.
/// </summary>
public readonly record struct CameoCode
{
    private readonly string? value;

    private CameoCode(string value) => this.value = value;

    public string Value => value ?? string.Empty;

    public bool IsEmpty => string.IsNullOrEmpty(value);

    /// <summary>2–4 digits with a root between 01 and 20.</summary>
    public bool IsStandardForm => value is { Length: >= 2 and <= 4 } v && v.All(char.IsAsciiDigit) && int.Parse(v.AsSpan(0, 2), provider: null) is >= 1 and <= 20;

    /// <summary>The two-digit root (<c>"19"</c> for <c>"194"</c>), or empty for a local code.</summary>
    public string Root => IsStandardForm ? Value[..2] : string.Empty;

    /// <summary>The code one level up (<c>"121"</c> for <c>"1213"</c>, <c>"12"</c> for <c>"121"</c>), or empty at a root.</summary>
    public CameoCode Parent => IsStandardForm && Value.Length > 2 ? new CameoCode(Value[..^1]) : default;

    /// <summary>The first two characters: the root of a standard code, the same prefix of a local one (<c>"17"</c> for <c>"174L"</c>).</summary>
    public string RootPrefix => Value.Length >= 2 ? Value[..2] : Value;

    /// <summary>Whether the code is its root's unspecified code (<c>"120"</c>, <c>"030"</c>: "..., not specified below"): three characters ending in 0, a local code's too.</summary>
    public bool IsGeneral => Value.Length == 3 && Value[2] == '0';

    /// <summary>Whether the code is more specific than a root: three characters or more (<c>"120"</c>, <c>"174L"</c>).</summary>
    public bool IsBelowRoot => Value.Length >= 3;

    /// <summary>The code and its prefixes down to the root, longest first (<c>"1213"</c>, <c>"121"</c>, <c>"12"</c>; a local code's too).</summary>
    public IEnumerable<string> Prefixes()
    {
        for (var length = Value.Length; length >= 2; length--)
        {
            yield return Value[..length];
        }
    }

    /// <summary>Whether the code is <paramref name="prefix"/> or lies under it (<c>"1122"</c> under <c>"11"</c> and <c>"112"</c>).</summary>
    public bool IsUnder(string prefix) => Value.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>Accepts any code written in a dictionary (letters, digits); <c>---</c> (the null code) and blanks are not codes.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CameoCode? code)
    {
        code = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed == "---" || trimmed.Length > 8 || !trimmed.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        code = new CameoCode(trimmed);
        return true;
    }

    public static CameoCode Parse(string text) =>
        TryParse(text, out var code) ? code.Value : throw new FormatException($"'{text}' is not a CAMEO code");

    public override string ToString() => Value;
}
