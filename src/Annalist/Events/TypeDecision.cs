namespace Annalist.Events;

/// <summary>
/// Who decided an event's type (<c>typed_by</c> in the JSON contract): <c>rule</c> (the record's
/// <see cref="CodedEvent.Rule"/>) or <c>model</c> (the event-typing model <see cref="Model"/>). When a model
/// was consulted, <see cref="Probability"/> is its probability of the final type, whoever decided.
/// </summary>
public sealed record TypeDecision(string By, double? Probability, string? Model)
{
    public const string ByRule = "rule";
    public const string ByModel = "model";
}
