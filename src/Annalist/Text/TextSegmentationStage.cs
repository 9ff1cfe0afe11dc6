using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Text;

/// <summary>Tokenizes the normalised text and splits it into sentences.</summary>
public sealed class TextSegmentationStage : IPipelineStage
{
    [ThreadStatic]
    private static List<TextRange>? tokenBuffer;

    [ThreadStatic]
    private static List<int>? endBuffer;

    private readonly Tokenizer tokenizer;
    private readonly SentenceSplitter splitter;

    public TextSegmentationStage(Tokenizer? tokenizer = null, SentenceSplitter? splitter = null)
    {
        this.tokenizer = tokenizer ?? Tokenizer.Default;
        this.splitter = splitter ?? SentenceSplitter.Default;
    }

    public string Name => "text";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Text];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Tokens, Layer.Sentences];

    public void Process(Document document)
    {
        var tokens = tokenBuffer ??= new List<TextRange>(1024);
        var ends = endBuffer ??= new List<int>(64);
        tokens.Clear();
        ends.Clear();
        var text = document.NormalizedText;
        tokenizer.Tokenize(text, tokens);
        var cuts = splitter.Split(text, tokens, ends);
        foreach (var range in tokens)
        {
            var form = text.AsSpan(range.Start, range.Length).Contains(TextNormalizer.ZeroWidth)
                ? text.Substring(range.Start, range.Length).Replace(TextNormalizer.ZeroWidth.ToString(), string.Empty, StringComparison.Ordinal)
                : null;
            document.AddToken(range.Start, range.End, form);
        }

        var first = 0;
        foreach (var end in ends)
        {
            document.AddSentence(first, end);
            first = end;
        }

        if (cuts > 0)
        {
            document.AddProblem(new DocumentProblem(
                ProblemSeverity.Warning,
                Name,
                $"{cuts} run(s) of text longer than {SentenceSplitter.MaxTokens} tokens without sentence punctuation were cut into shorter sentences"));
        }

        document.MarkProduced(Layer.Tokens);
        document.MarkProduced(Layer.Sentences);
    }
}
