namespace Annalist.Coding.Rules;

/// <summary>One row of codes.tsv: a property's value ('-' for none), its reason, and where it is written.</summary>
public sealed record CodeRule(string Value, string Reason, RuleRow Row);
