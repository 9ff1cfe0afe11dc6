namespace Annalist.Storage.Export;

/// <summary>GDELT's tab-separated lines: no quoting, so tabs and line breaks inside values become spaces.</summary>
internal static class GdeltTsv
{
    public static void WriteLine(TextWriter output, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write('\t');
            }

            var value = fields[i];
            output.Write(value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
        }

        output.Write('\n');
    }
}
