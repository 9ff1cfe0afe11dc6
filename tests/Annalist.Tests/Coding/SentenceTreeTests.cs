using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>The shared tree view is a forest whatever the heads say, so every walk over it ends.</summary>
public sealed class SentenceTreeTests
{
    // Heads 2 → 3 → 4 → 2 form a cycle (possible in imported CoNLL-U); "Russia" hangs off it.
    private const string CyclicParse = """
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	_	3	advcl	_	_
        3	Ukraine	Ukraine	PROPN	NNP	_	4	obj	_	_
        4	when	when	ADV	WRB	_	2	advmod	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void A_cycle_of_heads_is_broken_into_a_forest()
    {
        var document = Parsed.FromConllu(CyclicParse.Replace("        ", string.Empty, StringComparison.Ordinal));
        var tree = new SentenceTree(document, document.Sentences[0]);
        Assert.Single(tree.Roots);
        for (var t = 0; t < document.TokenCount; t++)
        {
            var steps = 0;
            for (var h = tree.Head(t); h >= 0; h = tree.Head(h))
            {
                Assert.True(++steps <= document.TokenCount, $"the heads above token {t} loop");
            }

            Assert.InRange(tree.Subtree(t).Count, 1, document.TokenCount);
        }
    }

    [Fact]
    public void A_walk_enters_each_token_once()
    {
        var document = Parsed.FromConllu(CyclicParse.Replace("        ", string.Empty, StringComparison.Ordinal));
        var walk = new SentenceTree(document, document.Sentences[0]).Walk();
        Assert.True(walk.Enter(1));
        Assert.False(walk.Enter(1));
        Assert.False(walk.Enter(99));
    }

    [Fact]
    public void The_coder_codes_a_cyclic_parse_without_looping()
    {
        var document = Parsed.FromConllu(CyclicParse.Replace("        ", string.Empty, StringComparison.Ordinal), publication: new DateOnly(2024, 11, 22));
        foreach (var stage in FullPipeline.Instance.Stages.SkipWhile(s => s.Name != "actors"))
        {
            stage.Process(document);
        }

        Assert.NotNull(document.GetExtension<Annalist.Events.DocumentEvents>());
    }
}
