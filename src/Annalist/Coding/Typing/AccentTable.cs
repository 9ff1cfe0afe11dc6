namespace Annalist.Coding.Typing;

/// <summary>
/// BERT's accent stripping (NFD, then drop non-spacing marks) for the lower-case letters of the Latin, Greek and
/// Cyrillic blocks, as a table: the product runs with invariant globalization, where string.Normalize does not
/// decompose. Generated with Python's unicodedata (U+00C0-U+052F, U+1E00-U+1EFF, letters whose stripped form is one character).
/// </summary>
internal static class AccentTable
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǣǧǩǫǭǯǰǵǹǻǽǿȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳʹ;΅ά·έήίόύώΐϊϋΰϓϔѐёѓїќѝўйѷӂӑӓӗӛӝӟӣӥӧӫӭӯӱӳӵӹḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙẛạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaaægkooʒjgnaæøaaeeiioorruusthaeooooyʹ;¨α·εηιουωιιυυϒϒеегікиуиѵжааеәжзииоөэууучыabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyſaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy";
    private static readonly Dictionary<char, char> Map = Accented.Zip(Plain).ToDictionary(p => p.First, p => p.Second);

    /// <summary>The letter without its accents, or the letter itself.</summary>
    public static char Strip(char c) => c < '\u00C0' ? c : Map.GetValueOrDefault(c, c);
}
