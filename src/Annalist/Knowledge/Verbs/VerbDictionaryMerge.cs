namespace Annalist.Knowledge.Verbs;

/// <summary>
/// Lays a user's verb dictionary over another: its blocks replace blocks of the same name, its verbs
/// replace the other's entries for the same verb (so a verb can be moved to another block or given
/// another code without copying a whole block), its synsets win.
/// </summary>
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

        var redefined = overlay.Blocks.SelectMany(b => b.Verbs).Select(v => string.Join(' ', v.Words)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = baseDictionary.Blocks
            .Where(b => !names.Contains(b.Name))
            .Select(b => b.Verbs.Any(v => redefined.Contains(string.Join(' ', v.Words))) ? b with { Verbs = [.. b.Verbs.Where(v => !redefined.Contains(string.Join(' ', v.Words)))] } : b);
        return new VerbDictionary(
            overlay.Name,
            [.. overlay.Blocks, .. kept],
            synsets,
            [.. overlay.Transformations, .. baseDictionary.Transformations]);
    }
}
