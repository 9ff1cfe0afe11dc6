namespace Annalist.Evaluation;

/// <summary>Precision, recall and F1 from counts of gold items, predicted items and matches.</summary>
public readonly record struct F1Score(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static F1Score operator +(F1Score a, F1Score b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    public override string ToString() => $"P {Precision:P2}  R {Recall:P2}  F1 {F1:P2}  (gold {Gold:N0}, predicted {Predicted:N0}, correct {Correct:N0})";
}
