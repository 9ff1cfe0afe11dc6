using Annalist.Evaluation.Plv;

namespace Annalist.Tests.Evaluation;

public sealed class PlvTests
{
    [Fact]
    public void Marks_are_removed_and_their_spans_kept_as_offsets()
    {
        var (text, source, target) = PlvReader.Unmark("<s>Chad</s> accused <t>Sudan</t> of <x> arming rebels.");
        Assert.Equal("Chad accused Sudan of <x> arming rebels.", text);
        Assert.Equal((0, 4), source);
        Assert.Equal((13, 18), target);
        Assert.Null(PlvReader.Unmark("<s>Teachers</s> went on strike.").Target);
    }

    [Fact]
    public void A_party_marked_twice_keeps_both_marks_and_the_last_is_the_one_the_model_reads()
    {
        var marked = "<s>The army</s> shelled <t>Gaza</t> after rockets were fired from <t>Gaza</t>.";
        var (text, _, target) = PlvReader.Unmark(marked);
        var (sources, targets) = PlvReader.MarkedSpans(marked);
        Assert.Equal([(0, 8)], sources);
        Assert.Equal([(17, 21), (52, 56)], targets);
        Assert.Equal((52, 56), target);
        Assert.Equal("Gaza", text[targets[0].Start..targets[0].End]);
    }

    [Fact]
    public void Folds_are_fixed_by_the_hash_of_the_id_as_the_trainer_computes_them()
    {
        // fold_of in scripts/train/train_events.py: int.from_bytes(sha256(id)[:4], "big") % 5
        Assert.Equal(2, PlvFolds.Of("4", 5));
        Assert.Equal(3, PlvFolds.Of("8", 5));
        Assert.Equal(0, PlvFolds.Of("1049", 5));
    }

    [Fact]
    public void Macro_F1_averages_the_gold_roots_and_a_missing_prediction_counts_against_recall()
    {
        var score = new PlvScore();
        score.Add("ACCUSE", "ACCUSE");
        score.Add("ACCUSE", null);
        score.Add("AID", "ACCUSE");
        Assert.Equal(1.0 / 3, score.Accuracy, 6);
        Assert.Equal(2, score.Predicted);
        Assert.Equal((0.5 + 0) / 2, score.MacroF1, 6);   // ACCUSE: P 1/2, R 1/2; AID: 0
    }
}
