using Annalist.Knowledge;
using Annalist.Knowledge.Petrarch;
using Annalist.Knowledge.Verbs;

namespace Annalist.Tests.Knowledge;

/// <summary>The PETRARCH2 readers on tiny hand-written dictionaries: what they keep and what they report.</summary>
public sealed class PetrarchReaderTests
{
    private static IEnumerable<(int, string)> Lines(string text) => text.Split('\n').Select((l, i) => (i + 1, l.TrimEnd('\r')));

    [Fact]
    public void Actor_records_keep_synonyms_and_date_bounded_codes_in_file_order()
    {
        var report = new SourceFileReport("t.actors", "actors");
        var records = PetrarchActorReader.Read(Lines("VLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\n\t[USAELI 780101-000101]\n\t[RUSELI]\nNORTH_KOREA_ [PRK]\n+PYONGYANG_\nGOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]"), report);
        Assert.Equal(3, records.Count);
        var putin = records[0];
        Assert.Equal(["VLADIMIR PUTIN", "PUTIN"], putin.Phrases);
        Assert.Equal(new DateOnly(1970, 1, 1), putin.Codes[0].From);
        Assert.Equal(new DateOnly(1999, 8, 9), putin.Codes[0].To);
        Assert.Equal(new DateOnly(2008, 5, 8), putin.Codes[1].From);
        Assert.Null(putin.Codes[1].To);
        Assert.Equal(new DateOnly(1978, 1, 1), putin.Codes[2].From);
        Assert.Equal(new DateOnly(2000, 1, 1), putin.Codes[2].To);
        Assert.Null(putin.Codes[3].From);
        Assert.Equal("CountryInfo.txt", putin.Comment);
        Assert.Equal(new DateOnly(1995, 6, 1), records[2].Codes[0].To);
        Assert.Equal(new DateOnly(1999, 8, 15), records[2].Codes[1].To);
        Assert.Equal(0, report.Skipped);
    }

    [Fact]
    public void Unreadable_actor_lines_are_reported_with_their_line()
    {
        var report = new SourceFileReport("t.actors", "actors");
        var records = PetrarchActorReader.Read(Lines("+ORPHAN\nNO_CODE_HERE\n\nBAD_DATE\n\t[USAGOV 2004017-20061201]\n\t[USA]\nWRONG [USAGOV 20100931-]"), report);
        Assert.Single(records);
        Assert.Equal(5, report.Skipped);
        Assert.Contains(report.Problems, p => p.Line == 1 && p.Message.Contains("synonym", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Line == 2 && p.Message.Contains("no code", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Line == 5 && p.Message.Contains("date restriction", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Line == 7);
        Assert.Equal("t.actors:5", $"{report.Problems[2].File}:{report.Problems[2].Line}");
    }

    [Fact]
    public void Agents_expand_substitution_sets_plurals_and_prefix_codes()
    {
        var report = new SourceFileReport("t.agents", "agents");
        var records = PetrarchAgentReader.Read(Lines("!PERSON! = MAN, MEN, WOMAN\n!MINIST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG]\nFOREIGN_!MINIST! [~GOV]\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nHUMAN_RIGHTS_BODY  [NGO~]\nFARMER [~AGR]\nDEFENCE_MINIST [~GOVMIL]\n!NOPE!_OFFICE [~GOV]\nSTRAY [GOV]"), report);
        Assert.Equal(["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"], records[0].Phrases);
        Assert.Equal(["FOREIGN MINISTER", "FOREIGN MINISTRY"], records[1].Phrases);
        Assert.Equal(["POLICE"], records[2].Phrases);
        Assert.Equal(["ATTORNEY GENERAL", "ATTORNEYS GENERAL"], records[3].Phrases);
        Assert.True(records[4].Prefix);
        Assert.Equal("NGO", records[4].Code);
        Assert.Equal(["FARMER", "FARMERS"], records[5].Phrases);
        Assert.Contains("DEFENCE MINISTRY", records[6].Phrases);
        Assert.Equal(2, report.Skipped);
        Assert.Contains(report.Problems, p => p.Line == 10 && p.Message.Contains("!NOPE!", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Line == 11);
    }

    [Fact]
    public void A_bare_preposition_before_words_opens_a_phrase_as_in_the_original_verbs_format()
    {
        const string text = """
            --- CLASH [223] ---
            CLASH
            - * OVER EFFORTS WITH + [121]
            - * OFF [120]
            - * ARMS EMBARGO AGAINST [128]
            - * OFF ROW [110]
            """;
        var verbs = PetrarchVerbReader.Read(Lines(text), "T", "t.verbs", new SourceFileReport("t.verbs", "verbs"));
        var pattern = verbs.Pattern("T:CLASH#1")!;
        var over = Assert.IsType<PrepositionElement>(pattern.After[0]);
        Assert.Equal("over", over.Preposition.Word);
        Assert.Equal("efforts", Assert.IsType<NounElement>(Assert.Single(over.Objects)).Head.Word);
        var with = Assert.IsType<PrepositionElement>(pattern.After[1]);
        Assert.Equal(PatternSlot.Target, Assert.IsType<SlotElement>(Assert.Single(with.Objects)).Slot);
        // A particle alone stays a word of the verb ("break off").
        Assert.IsType<NounElement>(Assert.Single(verbs.Pattern("T:CLASH#2")!.After));
        // Bare words in a row are one noun phrase; a closing preposition is a phrase with any object.
        var embargo = verbs.Pattern("T:CLASH#3")!;
        var noun = Assert.IsType<NounElement>(embargo.After[0]);
        Assert.Equal(("embargo", "arms"), (noun.Head.Word, Assert.Single(noun.Modifiers).Word));
        Assert.Empty(Assert.IsType<PrepositionElement>(embargo.After[1]).Objects);
        // A particle first keeps its own word: "set off a row".
        Assert.Equal(2, verbs.Pattern("T:CLASH#4")!.After.Count);
    }

    [Fact]
    public void A_dictionary_laid_over_another_may_name_its_synsets_and_its_own_synset_of_the_same_name_wins()
    {
        var under = PetrarchVerbReader.Read(Lines("&TREATY\n+PACT\n+ACCORD\n\n&DEAL\n+BARGAIN\n\n--- SIGN [057] ---\nSIGN\n- * &TREATY [057]"), "U", "u.verbs", new SourceFileReport("u.verbs", "verbs"));
        var report = new SourceFileReport("o.verbs", "verbs");
        var over = PetrarchVerbReader.Read(Lines("&DEAL\n+DEAL\n+TRADE_DEAL\n\n--- AGREE [030] ---\nAGREE\n- * &TREATY [057]\n- * (ON &DEAL) [057]\n- * &UNKNOWN [057]"), "O", "o.verbs", report, under.Synsets);
        Assert.Equal(new PatternTerm("treaty", true), Assert.IsType<NounElement>(Assert.Single(over.Pattern("O:AGREE#1")!.After)).Head);
        Assert.NotNull(over.Pattern("O:AGREE#2"));
        Assert.Contains(over.Synsets["treaty"].Members, m => m.Words.SequenceEqual(["pact"]));
        Assert.Contains(over.Synsets["deal"].Members, m => m.Words.SequenceEqual(["trade", "deal"]));
        Assert.DoesNotContain(over.Synsets["deal"].Members, m => m.Words.SequenceEqual(["bargain"]));
        // A synset neither defines is still reported, with its line.
        Assert.Null(over.Pattern("O:AGREE#3"));
        Assert.Contains(report.Problems, p => p.Line == 9);
    }

    [Fact]
    public void A_synset_member_written_as_a_braced_phrase_is_reported_not_kept()
    {
        // A member's words stand bare, joined by '_' or a space; "+{MEDICAL SUPPLIES}" kept its braces and never matched.
        var report = new SourceFileReport("o.verbs", "verbs");
        var verbs = PetrarchVerbReader.Read(Lines("&RELIEF_\n+MEDICINE\n+{MEDICAL SUPPLIES}\n+MEDICAL_EQUIPMENT\n+RELIEF GOODS\n\n--- SEND [---] ---\nSEND\n- * &RELIEF_ [073]"), "O", "o.verbs", report);
        Assert.Equal(1, report.Skipped);
        Assert.Contains(report.Problems, p => p.Line == 3 && p.Message.Contains("braces", StringComparison.Ordinal));
        Assert.Contains(verbs.Synsets["relief"].Members, m => m.Words.SequenceEqual(["medical", "equipment"]));
        Assert.Contains(verbs.Synsets["relief"].Members, m => m.Words.SequenceEqual(["relief", "goods"]));
        Assert.Equal(3, verbs.Synsets["relief"].Members.Count);
    }

    [Fact]
    public void Two_pattern_blocks_of_one_name_in_an_overlay_both_add_their_patterns()
    {
        // A project file may add to one block in two places ("REDUCE" for aid and for tariffs); the merge took the
        // first and threw on the second.
        var under = PetrarchVerbReader.Read(Lines("--- REDUCE [---] ---\nREDUCE\n- * TROOPS [0873]"), "U", "u.verbs", new SourceFileReport("u.verbs", "verbs"));
        var over = PetrarchVerbReader.Read(Lines("--- REDUCE [---] ---\n- * AID [162]\n\n--- REDUCE [---] ---\n- * TARIFFS [085]"), "O", "o.verbs", new SourceFileReport("o.verbs", "verbs"));
        var merged = VerbDictionaryMerge.Over(over, under);
        var reduce = merged.Block("REDUCE")!;
        Assert.Collection(reduce.Patterns, p => Assert.Contains("AID", p.Text), p => Assert.Contains("TARIFFS", p.Text), p => Assert.Contains("TROOPS", p.Text));
    }

    [Fact]
    public void The_verb_dictionary_is_read_into_typed_blocks_verbs_patterns_and_transformations()
    {
        const string text = """
            &CURRENCY
            # a comment inside a synset
            +DOLLAR
            +CASH_

            &FOOD_
            +RICE
            +&CURRENCY

            --- GRANT [070] ---
            GRANT
            GIVE {GAVE GIVEN GIVING }
            +ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
            RE_+ARREST
            - * &CURRENCY [071]
            - $ * (TO +) {ARMS SHIPMENT} [072:073]
            - * (TO) [---]
            - IN_* [075]
            - * &UNDEFINED [076]
            - SUGGESTED_+ * [077]
            - SO IN_AND_*_OUT_AGAIN NOW [074]
            - INDICATED WOULD * ARMS EMBARGO [1010]

            ~ a (a b ATTACK) SAY = a b 015
            """;
        var report = new SourceFileReport("t.verbs", "verbs");
        var verbs = PetrarchVerbReader.Read(Lines(text), "T", "t.verbs", report);
        var block = Assert.Single(verbs.Blocks);
        Assert.Equal("GRANT", block.Name);
        Assert.Equal("070", block.Code.Forward?.Value);
        Assert.Equal(["grant", "grants", "granted", "granting"], verbs.ByLemma("grant")[0].Forms);
        Assert.Equal("give", verbs.ByForm("gave")[0].Lemma);
        var askFor = verbs.ByLemma("ask")[0];
        Assert.Equal(["ask", "for"], askFor.Words);
        Assert.Equal("020", askFor.Code.Forward?.Value);
        Assert.Equal(1, verbs.ByLemma("arrest")[0].VerbIndex);
        Assert.Equal(6, block.Patterns.Count);
        var shipment = verbs.Pattern("T:GRANT#2")!;
        Assert.Equal("072", shipment.Code.Forward?.Value);
        Assert.Equal("073", shipment.Code.Reverse?.Value);
        Assert.IsType<SlotElement>(shipment.Before[0]);
        var to = Assert.IsType<PrepositionElement>(shipment.After[0]);
        Assert.Equal("to", to.Preposition.Word);
        Assert.Equal(PatternSlot.Target, Assert.IsType<SlotElement>(to.Objects[0]).Slot);
        var noun = Assert.IsType<NounElement>(shipment.After[1]);
        Assert.Equal("shipment", noun.Head.Word);
        Assert.Equal("arms", noun.Modifiers[0].Word);
        Assert.True(verbs.Pattern("T:GRANT#3")!.Code.IsNone);
        Assert.Equal("t.verbs:16", shipment.Source);
        Assert.True(verbs.Synsets["currency"].Contains("dollars"));
        Assert.True(verbs.Synsets["currency"].Contains("cash"));
        Assert.False(verbs.Synsets["currency"].Contains("cashes"));
        Assert.True(verbs.Synsets["food"].Contains("dollar"));
        Assert.False(verbs.Synsets["food"].Contains("rices"));
        var transformation = Assert.Single(verbs.Transformations);
        Assert.Equal(("ATTACK", "SAY", "015"), (transformation.InnerBlock, transformation.OuterBlock, transformation.ResultCode));
        // Words the original format joins to the verb stand right next to it, on their side, in order.
        var joined = block.Patterns[3];
        Assert.Equal("in", Assert.Single(Assert.IsType<AdjacentElement>(Assert.Single(joined.Before)).Words).Word);
        var around = block.Patterns[4];
        Assert.Equal("so", Assert.IsType<NounElement>(around.Before[0]).Head.Word);
        Assert.Equal(["in", "and"], Assert.IsType<AdjacentElement>(around.Before[1]).Words.Select(w => w.Word));
        Assert.Equal(["out", "again"], Assert.IsType<AdjacentElement>(around.After[0]).Words.Select(w => w.Word));
        Assert.Equal("now", Assert.IsType<NounElement>(around.After[1]).Head.Word);

        // Before the verb, words apart are separate words ("indicated it would act"); after it, one noun phrase.
        var apart = block.Patterns[5];
        Assert.Equal(["indicated", "would"], apart.Before.Cast<NounElement>().Select(n => n.Head.Word));
        var embargo = Assert.IsType<NounElement>(Assert.Single(apart.After));
        Assert.Equal(("embargo", "arms"), (embargo.Head.Word, embargo.Modifiers[0].Word));
        Assert.Equal(2, report.Skipped);
        Assert.Contains(report.Problems, p => p.Line == 19 && p.Message.Contains("&UNDEFINED", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Line == 20 && p.Message.Contains("legacy", StringComparison.Ordinal));
    }

    [Fact]
    public void Discards_mark_story_level_entries()
    {
        var report = new SourceFileReport("t.discards", "discards");
        var records = PetrarchDiscardReader.Read(Lines("# header\nMONTHS LATER\n+World Golf Championships   # pas\nBASEBALL_"), report);
        Assert.Equal(3, records.Count);
        Assert.False(records[0].WholeStory);
        Assert.True(records[1].WholeStory);
        Assert.Equal("World Golf Championships", records[1].Phrase);
        Assert.True(records[2].WordEnd);
    }

    [Fact]
    public void Patterns_added_to_a_block_in_several_places_each_have_an_id_of_their_own()
    {
        // A project dictionary adds patterns to EXCLUDE in two places: "annalist:EXCLUDE#1" must name one of them.
        var text = """
            --- EXCLUDE [170] ---
            - * ROAD [144]
            - * STREET [144]

            --- ANNALIST_OTHER [010] ---
            SAY

            --- EXCLUDE [170] ---
            - * INTERNET [1721]
            """;
        var verbs = PetrarchVerbReader.Read(Lines(text), "T", "t.verbs", new SourceFileReport("t.verbs", "verbs"));
        var ids = verbs.Blocks.SelectMany(b => b.Patterns).Select(p => p.Id).ToList();
        Assert.Equal(["T:EXCLUDE#1", "T:EXCLUDE#2", "T:EXCLUDE#3"], ids);
        Assert.Equal("1721", verbs.Pattern("T:EXCLUDE#3")!.Code.Forward?.Value);
    }
}
