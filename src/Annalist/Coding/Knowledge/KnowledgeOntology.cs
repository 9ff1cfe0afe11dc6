using Annalist.Coding.Lexicon;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Knowledge;

/// <summary>
/// Goldstein, QuadClass and the PLOVER mapping of a CAMEO code, from the knowledge layer's ontology.
/// The 2021 CAMEO→PLOVER table leaves root 02 (appeal) unmapped although PLOVER REQUEST covers
/// appeals as well as demands; an 02x code takes the mapping of its 10x counterpart (026 "appeal to
/// meet" as 106 "demand meeting": REQUEST, meet). Root 01 (statements) stays without an event type.
/// </summary>
public sealed class KnowledgeOntology(EventOntology ontology) : IEventOntology
{
    public (double? Goldstein, int QuadClass)? Cameo(string code)
    {
        if (!CameoCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var quad = ontology.QuadClassOf(parsed.Value);
        return quad is null ? null : (ontology.Goldstein(parsed.Value), (int)quad.Value);
    }

    public (string EventType, string Mode, IReadOnlyList<string> Contexts)? Plover(string cameo)
    {
        if (!CameoCode.TryParse(cameo, out var parsed))
        {
            return null;
        }

        var mapping = ontology.ToPlover(parsed.Value);
        if (mapping is null && cameo.StartsWith("02", StringComparison.Ordinal) && CameoCode.TryParse("10" + cameo[2..], out var demand))
        {
            mapping = ontology.ToPlover(demand.Value);
        }

        return mapping is null ? null : (mapping.EventType, mapping.Mode, mapping.Contexts);
    }
}
