using System.Data.Common;
using System.Globalization;

namespace Annalist.Storage.Sql;

/// <summary>Small ADO.NET conveniences shared by both stores: commands with named parameters, typed reads that accept either integer width.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        return command;
    }

    /// <summary>
    /// Sets a named parameter (creating it on first use), null as DBNull. A string's unpaired surrogates become
    /// U+FFFD, as SQLite stores them, so that PostgreSQL (whose encoder refuses them) stores the same: a document's
    /// own text with one is refused before (<see cref="Documents.StorableText"/>), but a piece cut from it at a
    /// token boundary inside a surrogate pair (an evidence or actor text) must not cost the document.
    /// </summary>
    public static DbCommand Set(this DbCommand command, string name, object? value)
    {
        if (value is string text)
        {
            value = WellFormed(text);
        }

        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index >= 0)
        {
            parameters[index].Value = value ?? DBNull.Value;
            return command;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameters.Add(parameter);
        return command;
    }

    /// <summary>The text with every unpaired surrogate replaced by U+FFFD; the same instance when it has none.</summary>
    internal static string WellFormed(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        char[]? copy = null;
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    public static long Int64(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>A truth value: SQLite returns comparisons as 0/1 integers, PostgreSQL as booleans.</summary>
    public static bool Boolean(this DbDataReader reader, int ordinal) => Convert.ToBoolean(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static int Int32(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static string Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? string.Empty : reader.GetString(ordinal);

    public static string? NullableText(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static double? NullableDouble(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static async Task<long> ScalarInt64Async(this DbCommand command, CancellationToken cancellationToken)
    {
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
