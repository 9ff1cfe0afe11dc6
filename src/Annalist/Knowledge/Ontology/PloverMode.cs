namespace Annalist.Knowledge.Ontology;

/// <summary>A PLOVER mode (the "how") of one event type, e.g. CONSULT/visit.</summary>
public sealed record PloverMode(string EventType, string Name, string Definition);
