using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>Relations the decoder never chooses, asked directly of <see cref="LabelConstraints"/> with the shipped model's labels and tags.</summary>
public sealed class LabelConstraintsTests
{
    [Theory]
    [InlineData("North Korea and Russia are subject to UN ( United Nations ) sanctions .", "United", 7, 7)]
    [InlineData("The head of the International Atomic Energy Agency ( IAEA ) said so .", "IAEA", 4, 7)]
    [InlineData("He joined the North Atlantic Treaty Organization ( NATO ) in 1999 .", "NATO", 3, 6)]
    [InlineData("Officials of the Organisation for Economic Co-operation and Development ( OECD ) met .", "OECD", 3, 8)]
    public void Parentheses_that_spell_out_or_give_an_acronym_restate_the_phrase_before_them(string sentence, string inside, int start, int end)
    {
        var words = Load(sentence, out var document);
        var word = Index(document, inside);
        Assert.True(words.HasRestatements);
        Assert.Equal((start, end), (words.RestatedStart[word], words.RestatedEnd[word]));
    }

    [Theory]
    [InlineData("Troops entered Gaza ( Palestine ) today .")]
    [InlineData("The UN ( which met today ) agreed .")]
    [InlineData("Sales rose ( see Table 2 ) .")]
    public void Other_parentheses_restate_nothing(string sentence)
    {
        var words = Load(sentence, out _);
        Assert.False(words.HasRestatements);
    }

    [Fact]
    public void A_word_of_a_restating_parenthesis_hangs_inside_it_or_from_the_acronym_as_its_apposition()
    {
        var words = Load("North Korea and Russia are subject to UN ( United Nations ) sanctions .", out var document);
        var (constraints, labels) = Constraints();
        var state = new ArcEagerState();
        state.Reset(words.Count);
        var nations = Index(document, "Nations");
        Assert.True(constraints.Allows(words, state, nations, Index(document, "UN"), labels.IdOf("appos")));
        Assert.True(constraints.Allows(words, state, Index(document, "United"), nations, labels.IdOf("amod")));
        Assert.False(constraints.Allows(words, state, nations, Index(document, "subject"), labels.IdOf("parataxis")));
        Assert.False(constraints.Allows(words, state, nations, Index(document, "UN"), labels.IdOf("conj")));
        Assert.False(constraints.Allows(words, state, nations, words.Count, labels.IdOf("root")));
    }

    [Fact]
    public void A_reporting_verb_in_the_past_with_no_subject_of_its_own_is_no_relative_of_the_name_before_it()
    {
        var (constraints, labels) = Constraints();
        var words = Load("Policy hardened , Kim Jong-un said in a speech .", out var document);
        var state = new ArcEagerState();
        state.Reset(words.Count);
        var said = Index(document, "said");
        Assert.Equal("VBD", ShippedModel.Instance.Tagger.Xpos[words.Tags[said]]);
        Assert.False(constraints.Allows(words, state, said, Index(document, "Kim"), labels.IdOf("acl")));
        Assert.False(constraints.Allows(words, state, said, Index(document, "Kim"), labels.IdOf("acl:relcl")));

        // With a subject of its own it may be a relative clause: "the words Kim said".
        words = Load("These are the words he said .", out document);
        state.Reset(words.Count);
        said = Index(document, "said");
        var he = Index(document, "he");
        state.Apply(Moves.Shift, labels.Count); // These
        state.Apply(Moves.Shift, labels.Count); // are
        state.Apply(Moves.Shift, labels.Count); // the
        state.Apply(Moves.Shift, labels.Count); // words
        state.Apply(Moves.Shift, labels.Count); // he
        Assert.Equal(he, state.S0);
        state.Apply(Moves.Left(labels.IdOf("nsubj")), labels.Count);
        Assert.True(constraints.Allows(words, state, said, Index(document, "words"), labels.IdOf("acl:relcl")));
    }

    private static (LabelConstraints Constraints, SymbolTable Labels) Constraints()
    {
        var model = ShippedModel.Instance;
        return (new LabelConstraints(model.Parser.Labels, model.Tagger.Upos, model.Tagger.Xpos), model.Parser.Labels);
    }

    /// <summary>The sentence's words, tagged by the shipped tagger.</summary>
    private static SentenceWords Load(string sentence, out Annalist.Documents.Document document)
    {
        document = SyntaxStagesTests.Build(sentence);
        var words = new SentenceWords();
        words.Load(document, document.Sentences[0].Tokens);
        ShippedModel.Instance.Tagger.Tag(words);
        return words;
    }

    private static int Index(Annalist.Documents.Document document, string form) =>
        Enumerable.Range(0, document.TokenCount).First(t => document.Form(t) == form);
}
