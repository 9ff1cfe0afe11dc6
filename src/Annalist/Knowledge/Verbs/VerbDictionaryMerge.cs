namespace Annalist.Knowledge.Verbs;

/// <summary>Lays a user's verb dictionary over another: its blocks replace blocks of the same name, its synsets win.</summary>
public static class VerbDictionaryMerge
{
    public static VerbDictionary Over(VerbDictionary overlay, VerbDictionary baseDictionary)
    {
        var names = overlay.Blocks.Select(b => b.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var synsets = new Dictionary<string, Synset>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, synset) in baseDictionary.Synsets)
        {
            synsets[name] = synset;
        }

        foreach (var (name, synset) in overlay.Synsets)
        {
            synsets[name] = synset;
        }

        return new VerbDictionary(
            overlay.Name,
            [.. overlay.Blocks, .. baseDictionary.Blocks.Where(b => !names.Contains(b.Name))],
            synsets,
            [.. overlay.Transformations, .. baseDictionary.Transformations]);
    }
}
