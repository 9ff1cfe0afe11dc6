namespace Annalist.Events;

/// <summary>
/// Which rule decided each field of an event, for people checking a record (<c>annalist code --explain</c>) and for
/// engineers changing a decision in one place: the reading that gave its type (and the derived-code row when a
/// framing changed it), how its actor and recipient were found (a target rule of data/coding/targets.tsv, a
/// reading's slot, an implied-target row of codes.tsv...), and where its date and place came from.
/// </summary>
public sealed record EventExplanation(string Type, string Actor, string Recipient, string Date, string Place);
