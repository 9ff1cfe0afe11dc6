namespace Annalist.Knowledge.Ontology;

/// <summary>
/// What a CAMEO code becomes in PLOVER (CAMEO2PLOVER-2021): the event type, the mode (empty when none) and
/// the contexts. <see cref="Cameo"/> is the line of the table that was used, which is a parent of the code
/// asked for when the table has no line of its own for it; <see cref="Source"/> is that line as file:line.
/// </summary>
public sealed record PloverMapping(CameoCode Cameo, string EventType, string Mode, IReadOnlyList<string> Contexts, string Source);
