namespace Annalist.Coding.Rules;

/// <summary>The target strategies written in C# that targets.tsv names as <c>builtin:kebab-name</c> in the cascade.</summary>
public enum TargetStrategy
{
    ProposalAuthors,
    Objects,
    ForceVictims,
    PurposeAddressee,
    Complement,
    ThreatCondition,
}
