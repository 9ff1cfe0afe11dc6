using Annalist.Formats.Conllu;
using Annalist.Input;

namespace Annalist.Syntax.Training;

/// <summary>Reads CoNLL-U treebank files into <see cref="GoldSentence"/>s, growing the tag and label inventories as it goes.</summary>
internal sealed class Treebank
{
    private Treebank(List<GoldSentence> sentences)
    {
        Sentences = sentences;
    }

    public IReadOnlyList<GoldSentence> Sentences { get; }

    public int Words => Sentences.Sum(s => s.Count);

    /// <summary>
    /// Loads the files. Tags and labels missing from the tables are added when <paramref name="grow"/>
    /// is set (training data); otherwise they map to -1 and count as errors when scoring.
    /// </summary>
    public static Treebank Load(IEnumerable<string> paths, SymbolTable tags, SymbolTable labels, bool grow)
    {
        var sentences = new List<GoldSentence>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"treebank file not found: {path}", path);
            }

            using var reader = new StreamReader(path);
            foreach (var record in ConlluDocuments.Read(reader, path, Path.GetFileNameWithoutExtension(path), new InputOptions(), copyAnnotation: true))
            {
                if (record.Document is not { } document)
                {
                    throw new FormatException(string.Join("; ", record.Problems.Select(p => p.ToString())));
                }

                foreach (var sentence in document.Sentences)
                {
                    var range = sentence.Tokens;
                    var n = range.Count;
                    var tagIds = new int[n];
                    var heads = new int[n];
                    var labelIds = new int[n];
                    for (var i = 0; i < n; i++)
                    {
                        var t = range.Start + i;
                        var tag = TagClass.Of(document.Upos(t) ?? "_", document.Xpos(t) ?? "_");
                        var label = document.Deprel(t) ?? "dep";
                        tagIds[i] = grow ? tags.Add(tag) : tags.IdOf(tag);
                        labelIds[i] = grow ? labels.Add(label) : labels.IdOf(label);
                        var head = document.Head(t);
                        heads[i] = head < 0 ? -1 : head - range.Start;
                    }

                    sentences.Add(new GoldSentence(document, range, tagIds, heads, labelIds));
                }
            }
        }

        return new Treebank(sentences);
    }
}
