namespace Annalist.Knowledge.Verbs;

/// <summary>
/// Lays a user's verb dictionary over another: its blocks replace blocks of the same name, its verbs
/// replace the other's entries for the same verb (so a verb can be moved to another block or given
/// another code without copying a whole block), its synsets win. A block of the overlay that lists
/// no verbs, only patterns, adds its patterns (first) to the other's block of that name instead (several such
/// blocks of one name add theirs in file order).
/// </summary>
public static class VerbDictionaryMerge
{
    public static VerbDictionary Over(VerbDictionary overlay, VerbDictionary baseDictionary)
    {
        // Several patterns-only blocks of one name (a file that adds to REDUCE in two places) add their patterns in file order.
        var additions = overlay.Blocks.Where(b => b.Verbs.Count == 0 && baseDictionary.Block(b.Name) is not null)
            .GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First() with { Patterns = [.. g.SelectMany(b => b.Patterns)] }, StringComparer.OrdinalIgnoreCase);
        var names = overlay.Blocks.Where(b => !additions.ContainsKey(b.Name)).Select(b => b.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
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
            .Select(b => additions.TryGetValue(b.Name, out var added) ? b with { Patterns = [.. added.Patterns, .. b.Patterns] } : b)
            .Select(b => b.Verbs.Any(v => redefined.Contains(string.Join(' ', v.Words))) ? b with { Verbs = [.. b.Verbs.Where(v => !redefined.Contains(string.Join(' ', v.Words)))] } : b);
        return new VerbDictionary(
            overlay.Name,
            [.. overlay.Blocks.Where(b => !additions.ContainsKey(b.Name)), .. kept],
            synsets,
            [.. overlay.Transformations, .. baseDictionary.Transformations]);
    }
}
