namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A CAMEO.2.0 transformation (<c>~ a (a b ATTACK) SAY = a b 015</c>): an outer verb block whose complement is
/// an event of the inner block becomes one event. Variables are single letters; <c>.</c> and <c>_</c> are
/// "any"/"none" as in PETRARCH2; <see cref="ResultCode"/> is a code or <c>Q</c> (the inner event's code).
/// </summary>
public sealed record VerbTransformation(string OuterSource, string InnerSource, string InnerTarget, string InnerBlock, string OuterBlock, string ResultSource, string ResultTarget, string ResultCode, string Text, string Source);
