using Annalist.Coding.Rules;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// The CAMEO code of an act as it is framed, as <c>data/coding/derived-codes.tsv</c> declares it. Promised,
/// offered or planned by its actor, cooperation of every kind becomes the matching "express intent" code under
/// 03 (→ PLOVER AGREE) and harm the matching threat under 13 (→ THREATEN): "Finland will give Tanzania a grant"
/// is 0331, "X will attack Y" 1384. Demanded of someone ("Sudan must return the helicopter, Russia said"), it
/// becomes the matching demand under 10 (→ REQUEST). Refused ("refused to deploy peacekeepers"), the matching
/// rejection under 12 (→ REJECT).
/// </summary>
public static class DerivedCodes
{
    /// <summary>The code of an act demanded of its doer by someone else.</summary>
    public static CameoCode ForDemanded(CameoCode cameo) => CodingRules.Shipped.Derive(Framing.Demanded, cameo);

    /// <summary>The code of refusing an act.</summary>
    public static CameoCode ForRefused(CameoCode cameo) => CodingRules.Shipped.Derive(Framing.Refused, cameo);

    /// <summary>The intent form of a CAMEO code, or the code itself when it has none.</summary>
    public static CameoCode ForIntended(CameoCode cameo) => CodingRules.Shipped.Derive(Framing.Intended, cameo);
}
