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
    public (double? Goldstein, int QuadClass)? Cameo(CameoCode code)
    {
        var quad = ontology.QuadClassOf(code);
        return quad is null ? null : (ontology.Goldstein(code), (int)quad.Value);
    }

    public (string EventType, string Mode, IReadOnlyList<string> Contexts)? Plover(CameoCode cameo)
    {
        var mapping = ontology.ToPlover(cameo);
        if (mapping is null && cameo.IsUnder("02") && CameoCode.TryParse("10" + cameo.Value[2..], out var demand))
        {
            mapping = ontology.ToPlover(demand.Value);
        }

        return mapping is null ? null : (mapping.EventType, mapping.Mode, mapping.Contexts);
    }

    /// <summary><see cref="Cameo(CameoCode)"/> of a code as a record writes it; null when it is no code.</summary>
    public (double? Goldstein, int QuadClass)? Cameo(string code) => CameoCode.TryParse(code, out var parsed) ? Cameo(parsed.Value) : null;

    /// <summary><see cref="Plover(CameoCode)"/> of a code as a record writes it; null when it is no code.</summary>
    public (string EventType, string Mode, IReadOnlyList<string> Contexts)? Plover(string cameo) => CameoCode.TryParse(cameo, out var parsed) ? Plover(parsed.Value) : null;
}
