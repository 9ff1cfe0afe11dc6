namespace Annalist.Events;

/// <summary>The events layer of a document (set with Document.SetExtension by the coding stage), in document order.</summary>
public sealed record DocumentEvents(IReadOnlyList<CodedEvent> Events)
{
    public static readonly Documents.Layer Layer = new("events");
}
