using Annalist.Knowledge.Ontology;

namespace Annalist.Knowledge.Verbs;

/// <summary>
/// The code of a verb or pattern, <c>[active:passive]</c> as in CAMEO.2.0: <c>[042:043]</c> codes 042 in the
/// active voice and 043 in the passive; <c>[010]</c> codes 010 in both; <c>[---]</c> codes nothing; either
/// side may be empty (<c>[:080]</c>).
/// </summary>
public sealed record VerbCode(CameoCode? Active, CameoCode? Passive)
{
    public static VerbCode None { get; } = new(null, null);

    public bool IsNone => Active is null && Passive is null;

    public CameoCode? For(bool passive) => passive ? Passive : Active;

    /// <summary>Parses what is inside the brackets; false for text that is not a code.</summary>
    public static bool TryParse(string inside, out VerbCode code)
    {
        code = None;
        var text = inside.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            if (text == "---")
            {
                return true;
            }

            if (!CameoCode.TryParse(text, out var both))
            {
                return false;
            }

            code = new VerbCode(both, both);
            return true;
        }

        var left = text[..colon].Trim();
        var right = text[(colon + 1)..].Trim();
        CameoCode? active = null, passive = null;
        if (left.Length > 0 && left != "---" && !CameoCode.TryParse(left, out active))
        {
            return false;
        }

        if (right.Length > 0 && right != "---" && !CameoCode.TryParse(right, out passive))
        {
            return false;
        }

        code = new VerbCode(active, passive);
        return true;
    }

    public override string ToString() =>
        IsNone ? "---" : Active == Passive ? Active!.Value.Value : $"{Active?.Value ?? "---"}:{Passive?.Value ?? "---"}";
}
