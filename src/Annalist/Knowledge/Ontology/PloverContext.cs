namespace Annalist.Knowledge.Ontology;

/// <summary>A PLOVER context (the "why"), usable with any event type, e.g. military.</summary>
public sealed record PloverContext(string Name, string Definition);
