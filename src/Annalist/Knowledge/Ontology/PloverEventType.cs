namespace Annalist.Knowledge.Ontology;

/// <summary>A PLOVER event type (the "what") with its definition, quad category and modes, from the PLOVER manual.</summary>
public sealed record PloverEventType(string Name, string Definition, QuadClass QuadClass, bool RequiresRecipient, IReadOnlyList<PloverMode> Modes);
