using Annalist.Documents;
using Annalist.Events;
using Annalist.Tests.Text;
using Annalist.Tests.TestSupport;
using CsCheck;

namespace Annalist.Tests.Coding;

/// <summary>No input crashes the whole pipeline, and every event points back into the text it came from.</summary>
public sealed class PipelinePropertyTests
{
    private static readonly string[] NewsWords =
    [
        "Russia", "accused", "Ukraine", "of", "shelling", "the", "United", "States", "and", "said", "it", "will", "not", "send", "troops",
        "to", "help", "Kyiv", ",", ".", "\"", "(", ")", "on", "Friday", "(22)", "in", "June", "Putin", "met", "Kim", "Jong-un", "who",
        "which", "its", "her", "country", "KCNA", "reported", "sanctions", "UN", "was", "were", "by", "attacked", "could", "if",
    ];

    private static readonly Gen<string> NewsLike = Gen.Select(Gen.Int[0, NewsWords.Length - 1].Array[0, 120], picks => string.Join(' ', picks.Select(i => NewsWords[i])));

    [Fact]
    public void Random_and_adversarial_text_never_breaks_the_pipeline()
    {
        Gen.OneOf(NewsLike, TextLayerPropertyTests.AdversarialText).Sample(text =>
        {
            var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "fuzz", PublicationDate = new DateOnly(2024, 11, 22) }));
            foreach (var e in document.GetExtension<DocumentEvents>()?.Events ?? [])
            {
                Assert.True(e.Evidence.Sentence.Start >= 0 && e.Evidence.Sentence.End <= text.Length);
                Assert.True(e.Actor.Range.Start >= e.Evidence.Sentence.Start - text.Length && e.Actor.Range.End <= text.Length);
                Assert.False(string.IsNullOrEmpty(e.EventType));
            }
        }, iter: 150);
    }
}
