namespace Annalist.Storage.Sql;

/// <summary>One versioned schema change: applied once, in order, in its own transaction, and recorded in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
