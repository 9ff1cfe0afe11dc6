using Annalist.Syntax;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Syntax;

/// <summary>Word clusters on a hand-built table of eight pieces in two dimensions and a tree of depth 2.</summary>
public sealed class WordClustersTests
{
    [Theory]
    [InlineData("the", "10")]
    [InlineData("cat", "01")]
    [InlineData("Cat", "01")]
    [InlineData("dog", "00")]
    [InlineData("cats", "01")] // cat (-1, 1) + ##s (1, 1): (0, 1), the cat's leaf
    public void A_word_goes_down_the_tree_by_the_average_of_its_pieces(string word, string path)
    {
        var cluster = Tiny().Assign(word);
        Assert.Equal(path.Length, cluster.Length);
        Assert.Equal(Convert.ToUInt32(path, 2), cluster.Bits);
    }

    [Fact]
    public void A_word_with_no_known_piece_has_the_unknown_cluster()
    {
        Assert.Equal(WordCluster.Unknown, Tiny().Assign("zebra"));
        Assert.NotEqual(WordCluster.Unknown.Prefix(4), Tiny().Assign("the").Prefix(4));
    }

    [Theory]
    [InlineData("cat.", new[] { 2, 5 })] // punctuation splits off
    [InlineData("unlike", new[] { 6, 7 })] // greedy longest match, then a ## piece
    [InlineData("the", new[] { 1 })]
    [InlineData("xcat", new int[0])] // no piece starts the word: [UNK], skipped
    public void Words_split_into_word_pieces_as_bert_does(string word, int[] pieces)
    {
        Span<int> ids = stackalloc int[8];
        var count = Tiny().PiecesOf(word, ids);
        Assert.Equal(pieces, ids[..count].ToArray());
    }

    [Fact]
    public void Prefixes_are_coarser_clusters()
    {
        var clusters = Tiny();
        var cat = clusters.Assign("cat");
        var dog = clusters.Assign("dog");
        Assert.Equal(cat.Prefix(1), dog.Prefix(1));
        Assert.NotEqual(cat.Prefix(2), dog.Prefix(2));
        Assert.Equal(cat.Prefix(2), cat.Prefix(10));
    }

    [Fact]
    public void A_saved_table_loads_with_the_same_clusters()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "clusters.bin");
        Tiny().Save(path);
        var loaded = WordClusters.Load(path);
        foreach (var word in new[] { "the", "cat", "cats", "dog", "zebra", "unlike" })
        {
            Assert.Equal(Tiny().Assign(word), loaded.Assign(word));
        }
    }

    /// <summary>
    /// Pieces [UNK] the cat dog ##s . un ##like; vectors the (1, 0), cat (-1, 1), dog (-1, -1), ##s (1, 1);
    /// the root splits on x &gt; 0, both children on y &gt; 0.
    /// </summary>
    internal static WordClusters Tiny()
    {
        string[] pieces = ["[UNK]", "the", "cat", "dog", "##s", ".", "un", "##like"];
        sbyte[] vectors = [0, 0, 100, 0, -100, 100, -100, -100, 100, 100, 0, 100, 100, -100, 50, 50];
        var scales = Enumerable.Repeat(0.01f, pieces.Length).ToArray();
        float[] splits = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0];
        bool[] split = [false, true, true, true];
        return new WordClusters(pieces, vectors, scales, 2, 2, splits, split);
    }
}
