using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Text;

namespace Annalist.Tests.Knowledge;

/// <summary>Actor mentions found in parsed sentences (the seed article's), with token ranges and offsets.</summary>
public sealed class ActorMatchingTests
{
    private static readonly DateOnly Published = new(2024, 11, 22);

    private static (Document Document, List<ActorMention> Mentions) Find(string text)
    {
        var document = new Document(text, new DocumentMetadata { Id = "t" });
        new TextSegmentationStage().Process(document);
        var mentions = new List<ActorMention>();
        foreach (var sentence in document.Sentences)
        {
            mentions.AddRange(ShippedKnowledge.Value.Actors.Find(document, sentence.Tokens, Published));
        }

        return (document, mentions);
    }

    [Theory]
    [InlineData("Ahmed Mohamed, a 14-year-old boy from Irving, was arrested at his school.")]
    [InlineData("The UN called for the release of President Mohamed Bazoum.")]
    public void A_leaders_one_word_surname_inside_someone_elses_name_is_not_that_leader(string text)
    {
        // The Factbook gives Djibouti's prime minister Abdoulkader Kamil Mohamed the one-word alias "Mohamed".
        var (_, mentions) = Find(text);
        Assert.DoesNotContain(mentions, m => m.Code.StartsWith("DJI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The main opposition party will boycott the vote.", "main opposition party")]
    [InlineData("The opposition party will boycott the vote.", "opposition party")]
    public void A_role_carried_on_by_an_overlapping_role_of_the_same_code_reaches_the_phrase_head(string text, string role)
    {
        // MAIN_OPPOSITION and OPPOSITION_PARTY are both ~OPP: the mention is one role up to "party", the clause's subject.
        var (_, mentions) = Find(text);
        Assert.Contains(mentions, m => m.Text == role && m.Code == "OPP");
    }

    [Fact]
    public void A_composed_claimant_and_the_countries_of_a_sentence_are_found_with_offsets()
    {
        var (document, mentions) = Find("Russia supplied anti-aircraft missiles to North Korea in exchange for sending troops to support Moscow in the war against Ukraine, South Korean national security director Shin Won-sik said this Friday (22).");
        var found = mentions.Select(m => (m.Text, m.Code)).ToList();
        Assert.Contains(("Russia", "RUS"), found);
        Assert.Contains(("North Korea", "PRK"), found);
        Assert.Contains(("Moscow", "RUSGOV"), found);
        Assert.Contains(("Ukraine", "UKR"), found);
        var shin = mentions.Single(m => m.Code == "KORGOV");
        Assert.Equal("South Korean national security director Shin Won-sik", shin.Text);
        Assert.Equal(ActorKind.Person, shin.Kind);
        Assert.Equal(shin.Text, document.Text[shin.Range.Start..shin.Range.End]);
        Assert.NotNull(shin.Agent);
        Assert.NotNull(shin.CountryEntry);
    }

    [Fact]
    public void Media_are_found_as_media()
    {
        var (_, mentions) = Find("Kim Jong-un accuses the United States of increasing tension, state news agency KCNA reported on Friday.");
        var kcna = mentions.Single(m => m.Text == "KCNA");
        Assert.True(kcna.IsMedia);
        Assert.Equal("PRK", kcna.Country);
        Assert.Contains(mentions, m => m.Text == "Kim Jong-un" && m.Code == "PRKGOV" && m.Kind == ActorKind.Person);
        Assert.Contains(mentions, m => m.Text == "United States" && m.Code == "USA");
    }

    [Fact]
    public void A_known_person_after_a_role_keeps_their_own_entry()
    {
        var (_, mentions) = Find("Kim Jong Un and Russian President Vladimir Putin signed a strategic partnership treaty in June.");
        var putin = mentions.Single(m => m.Text == "Russian President Vladimir Putin");
        Assert.Equal("RUSGOV", putin.Code);
        Assert.Equal("VLADIMIR_PUTIN_", putin.Candidate!.Entry);
        Assert.StartsWith("petrarch2/Phoenix.Countries.actors.txt:", putin.Candidate.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_dated_only_to_other_years_is_coded_by_the_nearest_period()
    {
        // Phoenix dates Javier Solana's codes 1995-1999 (NATO's secretary general last): in 2024 he is still that person.
        var (_, mentions) = Find("Javier Solana arrived in Madrid.");
        var solana = mentions.Single(m => m.Text == "Javier Solana");
        Assert.Equal("IGOWSTNAT", solana.Code);
        Assert.True(solana.Candidate!.OutOfPeriod);
        Assert.False(mentions.Single(m => m.Text == "Madrid").Candidate?.OutOfPeriod ?? false);
    }

    [Theory]
    [InlineData("ICE agents detained two men in Texas.", true)]
    [InlineData("Ice storms closed the roads in Texas.", false)]
    [InlineData("Immigration and Customs Enforcement detained two men.", true)]
    public void An_alias_marked_exact_case_matches_only_as_written(string text, bool agency)
    {
        // project/actors.tsv lists the agency's acronym as =ICE; the rest of the dictionary ignores case.
        var (_, mentions) = Find(text);
        Assert.Equal(agency, mentions.Any(m => m.Code == "USAGOV" && m.Candidate?.Entry == "Immigration and Customs Enforcement"));
    }

    [Fact]
    public void A_leaders_surname_that_is_a_common_given_name_names_no_one_alone()
    {
        // The Factbook's Djiboutian prime minister Abdoulkader Kamil Mohamed made every "Mohamed" of a story his.
        var (_, alone) = Find("Mohamed met the students at the fair.");
        Assert.DoesNotContain(alone, m => m.Code.StartsWith("DJI", StringComparison.Ordinal));
        var (_, named) = Find("Abdoulkader Kamil Mohamed met the students at the fair.");
        Assert.Contains(named, m => m.Code.StartsWith("DJI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bush vetoed the bill.", true)]
    [InlineData("Soldiers combed the bush near the border.", false)]
    public void A_surname_that_is_also_a_word_names_its_leader_only_capitalised(string text, bool leader)
    {
        // project/actors.tsv lists the Bushes' surname as =Bush.
        var (_, mentions) = Find(text);
        Assert.Equal(leader, mentions.Any(m => m.Code.StartsWith("USA", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lower_case_words_are_not_taken_for_actor_abbreviations()
    {
        var (_, mentions) = Find("Tell us what the government of us all will do.");
        Assert.DoesNotContain(mentions, m => m.Code == "USA");
    }

    [Fact]
    public void Role_then_of_then_country_composes()
    {
        var (_, mentions) = Find("The foreign minister of Russia arrived.");
        Assert.Contains(mentions, m => m.Code == "RUSGOV" && m.Text == "foreign minister of Russia");
    }

    [Fact]
    public void Places_in_running_text_skip_words_that_are_only_alternate_names_somewhere()
    {
        var document = new Document("The comments came as North Korean leader Kim Jong Un visited Pyongyang and Kiev on Day one, never in the West.", new DocumentMetadata { Id = "t" });
        new TextSegmentationStage().Process(document);
        var sentence = document.Sentences[0].Tokens;
        var people = ShippedKnowledge.Value.Actors.Find(document, sentence, Published).Where(m => m.Kind == ActorKind.Person).Select(m => m.Tokens).ToList();
        var places = ShippedKnowledge.Value.Places.Find(document, sentence, ["PRK"], people);
        Assert.Equal(["Pyongyang", "Kiev"], places.Select(p => p.Text));
        Assert.Equal("Kyiv", places[1].Best.Name);
        Assert.Equal("PRK", places[0].Best.Country);
    }

    [Fact]
    public void A_small_towns_other_names_are_no_places_in_running_text()
    {
        // "Shan" is an alternate name of Schaan (Liechtenstein, 5,748 people); Bombay is Mumbai's.
        var document = new Document("He led the Shan-e-Mustafa rally from Bombay.", new DocumentMetadata { Id = "t" });
        new TextSegmentationStage().Process(document);
        var places = ShippedKnowledge.Value.Places.Find(document, document.Sentences[0].Tokens);
        Assert.Equal(["Bombay"], places.Select(p => p.Text));
    }
}
