using System.Globalization;

namespace Annalist.Syntax.Evaluation;

/// <summary>
/// Accuracy of tags, lemmas and dependencies against gold annotation with gold tokenization, in
/// percent of words (punctuation included, as in the CoNLL 2018 shared task). <see cref="Las"/>
/// compares full labels with subtypes (nsubj:pass); <see cref="UniversalLas"/> only the part before
/// the colon, which is what the CoNLL 2018 evaluation script reports as LAS.
/// </summary>
public sealed record SyntaxScores(int Words, double Upos, double Xpos, double Uas, double Las, double UniversalLas, double Lemma)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"UPOS {Upos:F2}  XPOS {Xpos:F2}  UAS {Uas:F2}  LAS {Las:F2}  (universal labels {UniversalLas:F2})  lemma {Lemma:F2}  ({Words:N0} words)");
}
