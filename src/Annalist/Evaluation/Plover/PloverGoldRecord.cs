namespace Annalist.Evaluation.Plover;

/// <summary>
/// A hand-coded sentence of the PLOVER gold-standard records (PLOVER 0.5b1 event names): the text,
/// the event type, and source and target actors with their CAMEO-style codes.
/// </summary>
public sealed record PloverGoldRecord(string Id, string Text, string Event, IReadOnlyList<PloverGoldActor> Sources, IReadOnlyList<PloverGoldActor> Targets, string Mode, string Context);

/// <summary>An actor of a gold record: its words in the text, its code ("HUN", "IGO", "JAP") and sector.</summary>
public sealed record PloverGoldActor(string Text, string Code, string Sector);
