using Annalist.Coding.Lexicon;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Knowledge;

/// <summary>Goldstein, QuadClass and the PLOVER mapping of a CAMEO code, from the knowledge layer's ontology.</summary>
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
        if (!CameoCode.TryParse(cameo, out var parsed) || ontology.ToPlover(parsed.Value) is not { } mapping)
        {
            return null;
        }

        return (mapping.EventType, mapping.Mode, mapping.Contexts);
    }
}
