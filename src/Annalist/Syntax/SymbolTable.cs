namespace Annalist.Syntax;

/// <summary>
/// An ordered set of strings (tag classes, dependency labels) numbered from zero. Built once while
/// training, read-only afterwards; the strings are interned so annotated documents share them.
/// </summary>
internal sealed class SymbolTable
{
    private readonly List<string> symbols = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public SymbolTable()
    {
    }

    public SymbolTable(IEnumerable<string> symbols)
    {
        foreach (var symbol in symbols)
        {
            Add(symbol);
        }
    }

    public int Count => symbols.Count;

    public string this[int id] => symbols[id];

    public IReadOnlyList<string> Symbols => symbols;

    public int Add(string symbol)
    {
        if (ids.TryGetValue(symbol, out var id))
        {
            return id;
        }

        id = symbols.Count;
        symbols.Add(string.Intern(symbol));
        ids.Add(symbol, id);
        return id;
    }

    /// <summary>The id of the symbol, or -1 when it is unknown.</summary>
    public int IdOf(string symbol) => ids.TryGetValue(symbol, out var id) ? id : -1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(symbols.Count);
        foreach (var symbol in symbols)
        {
            writer.Write(symbol);
        }
    }

    public static SymbolTable Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var table = new SymbolTable();
        for (var i = 0; i < count; i++)
        {
            table.Add(reader.ReadString());
        }

        return table;
    }
}
