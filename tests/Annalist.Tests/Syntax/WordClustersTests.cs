using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Syntax;
using Annalist.Syntax.Evaluation;
using Annalist.Syntax.Training;
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
    public void Glove_vectors_are_read_as_whole_word_pieces_most_frequent_first_normalised_as_the_tagger_sees_words()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "vectors.json");
        File.WriteAllText(path, """
            {"precision":8,"l2NormIndex":2,"wordIndex":3,"size":5,"dimensions":2,
             "words":["the","1990","1991","Said","rare"],
             "vectors":{"the":[1,0,1,0],"1990":[0,1,1,1],"1991":[0.5,0.5,0.7,2],"Said":[0.25,-1,1,3],"rare":[3,3,4,4]},
             "unkVector":[0,0,0,-1]}
            """);
        var source = Annalist.Syntax.Training.Clusters.EmbeddingSource.ReadGlove(path, maxWords: 3);
        Assert.Equal(["the", "0000", "said"], source.Pieces); // "1991" normalises as "1990" did; "rare" is the fourth distinct word
        Assert.Equal(2, source.Width);
        Assert.Equal([1f, 0f, 0f, 1f, 0.25f, -1f], source.Embeddings);
    }

    [Fact]
    public void The_minilm_license_text_ships_in_the_library_for_cluster_tables_to_carry()
    {
        var text = Annalist.Syntax.Training.Clusters.WordClusterBuilder.MiniLmLicense();
        Assert.Contains("all-MiniLM-L6-v2", text);
        Assert.Contains("Apache License", text);
        Assert.Contains("MIT License", text);
    }

    [Fact]
    public void A_file_that_is_no_word_vector_json_is_refused()
    {
        using var temp = new TempDirectory();
        var path = System.IO.Path.Combine(temp.Path, "vectors.json");
        File.WriteAllText(path, """{"words":["a"]}""");
        Assert.Throws<InvalidDataException>(() => Annalist.Syntax.Training.Clusters.EmbeddingSource.ReadGlove(path, maxWords: 4));
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
        var path = System.IO.Path.Combine(temp.Path, SyntaxModel.ClustersFile);
        Tiny().Save(path);
        var loaded = WordClusters.Load(path);
        foreach (var word in new[] { "the", "cat", "cats", "dog", "zebra", "unlike" })
        {
            Assert.Equal(Tiny().Assign(word), loaded.Assign(word));
        }
    }

    [Fact]
    public void A_damaged_or_foreign_cluster_file_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var cut = System.IO.Path.Combine(temp.Path, "cut.bin");
        Tiny().Save(cut);
        var bytes = File.ReadAllBytes(cut);
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var foreign = System.IO.Path.Combine(temp.Path, "foreign.bin");
        File.WriteAllBytes(foreign, [.. BitConverter.GetBytes(SyntaxModel.FormatVersion), 1, 2, 3, 4, 5, 6, 7, 8]);
        var otherVersion = System.IO.Path.Combine(temp.Path, "version.bin");
        File.WriteAllBytes(otherVersion, [.. BitConverter.GetBytes(SyntaxModel.FormatVersion + 1), .. bytes[4..]]);

        foreach (var path in new[] { cut, foreign, otherVersion })
        {
            var error = Assert.Throws<DataFileException>(() => WordClusters.Load(path));
            Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cluster_features_are_added_to_the_tagger_and_are_the_same_every_time()
    {
        var document = SyntaxStagesTests.Build("The cats saw the dog .");
        var plain = new SentenceWords();
        plain.Load(document, document.Sentences[0].Tokens);
        var first = new SentenceWords();
        first.Load(document, document.Sentences[0].Tokens, Tiny());
        var second = new SentenceWords();
        second.Load(document, document.Sentences[0].Tokens, Tiny());
        Assert.Equal(first.ClusterFine.Take(6), second.ClusterFine.Take(6));
        Assert.Equal(first.ClusterFine[0], first.ClusterFine[3]); // "The" and "the"

        Span<ulong> a = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<ulong> b = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<ulong> c = stackalloc ulong[TaggerFeatures.MaxFeatures];
        var ambiguity = new ulong[6];
        var without = TaggerFeatures.Extract(plain, ambiguity, [], 1, a);
        var with = TaggerFeatures.Extract(first, ambiguity, [], 1, b);
        Assert.Equal(with, TaggerFeatures.Extract(second, ambiguity, [], 1, c));
        Assert.Equal(b[..with].ToArray(), c[..with].ToArray());
        Assert.Equal(a[..without].ToArray(), b[..without].ToArray());
        Assert.True(with > without);
    }

    [SkippableFact]
    public void A_model_trained_with_clusters_ships_them_and_scores_the_same_after_loading()
    {
        using var temp = new TempDirectory();
        var (train, dev) = SyntaxTrainingTests.Sample(temp, 150, 50);
        var clustersPath = System.IO.Path.Combine(temp.Path, "clusters.bin");
        Tiny().Save(clustersPath);
        var options = new TrainingOptions { TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 1, ClustersFile = clustersPath };
        var result = new SyntaxTrainer(options).Train([train], dev);
        var directory = System.IO.Path.Combine(temp.Path, "model");
        var manifest = result.Model.Save(directory, new DataManifest { Name = "tiny", Version = "0", License = "test" });
        Assert.Contains(SyntaxModel.ClustersFile, manifest.Sha256.Keys);

        var loaded = SyntaxModel.Load(directory);
        Assert.NotNull(loaded.Clusters);
        Assert.Equal(result.DevScores, SyntaxEvaluator.Evaluate(loaded, SyntaxEvaluator.ReadGold(dev)));
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
