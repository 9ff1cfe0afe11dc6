using Annalist.Coding.Typing;

namespace Annalist.Tests.TestSupport;

/// <summary>Made-up answers of the event-typing model, to test what the typing stage does with them.</summary>
internal static class ModelAnswers
{
    /// <summary>Every pair of <paramref name="candidates"/> "typed" <paramref name="label"/> at <paramref name="p"/>, the rest spread evenly over the other labels.</summary>
    public static float[][] Every(EventTypeModel model, TypingCandidates candidates, string label, float p)
    {
        var index = model.Labels.ToList().IndexOf(label);
        return candidates.Pairs.Select(_ =>
        {
            var answer = Enumerable.Repeat((1 - p) / (model.Labels.Count - 1), model.Labels.Count).ToArray();
            answer[index] = p;
            return answer;
        }).ToArray();
    }

    /// <summary>
    /// Input <paramref name="sure"/> "typed" <paramref name="label"/> at 0.95 (the rest spread over the other labels), every
    /// other input with all labels even: the model sure of one pair and of nothing else.
    /// </summary>
    public static float[][] SureOfOne(EventTypeModel model, TypingCandidates candidates, int sure, string label)
    {
        var index = model.Labels.ToList().IndexOf(label);
        return candidates.Pairs.Select((_, input) =>
        {
            var p = Enumerable.Repeat(input == sure ? 0.05f / (model.Labels.Count - 1) : 1f / model.Labels.Count, model.Labels.Count).ToArray();
            p[index] = input == sure ? 0.95f : p[index];
            return p;
        }).ToArray();
    }
}
