using Annalist.Documents;

namespace Annalist.Events;

/// <summary>The sentence that states the event and the word (trigger) that expresses it.</summary>
public sealed record EventEvidence(TextRange Sentence, string TriggerText, TextRange Trigger);
