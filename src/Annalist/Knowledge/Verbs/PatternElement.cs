namespace Annalist.Knowledge.Verbs;

/// <summary>One element of a verb pattern: a noun phrase, a prepositional phrase or an actor slot.</summary>
public abstract record PatternElement;
