using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Lexicon;

/// <summary>CAMEO and PLOVER facts the coder attaches to every event.</summary>
public interface IEventOntology
{
    /// <summary>Goldstein value (null when CAMEO gives none) and QuadClass (1–4) of a CAMEO code, or null for an unknown code.</summary>
    (double? Goldstein, int QuadClass)? Cameo(CameoCode code);

    /// <summary>PLOVER event type, mode and contexts of a CAMEO code, or null when the code maps to no PLOVER event (e.g. 01x statements).</summary>
    (string EventType, string Mode, IReadOnlyList<string> Contexts)? Plover(CameoCode cameo);
}
