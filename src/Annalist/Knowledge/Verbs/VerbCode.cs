using Annalist.Knowledge.Ontology;

namespace Annalist.Knowledge.Verbs;

/// <summary>
/// The code of a verb or pattern as PETRARCH reads it: <c>[010]</c> is one event, source to target;
/// <c>[042:043]</c> two, 042 from source to target and 043 back from target to source ("visited" and "hosted
/// the visit"; <c>[057:057]</c>: both sign); either side may be empty (<c>[:190]</c>: only the reverse event);
/// <c>[---]</c> codes nothing. The voice does not choose between them: a passive's agent is its source.
/// </summary>
public sealed record VerbCode(CameoCode? Forward, CameoCode? Reverse)
{
    public static VerbCode None { get; } = new(null, null);

    public bool IsNone => Forward is null && Reverse is null;

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

            code = new VerbCode(both, null);
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
        IsNone ? "---" : Reverse is null ? Forward!.Value.Value : $"{Forward?.Value ?? "---"}:{Reverse?.Value ?? "---"}";
}
