using Annalist.Text;

namespace Annalist.Documents;

/// <summary>
/// One article: the original text, kept untouched, and every annotation layer as arrays indexed by
/// token. Tokens and sentences are character ranges into <see cref="Text"/>; later layers (tags,
/// heads, actors, events) point back into it by offsets. A document is annotated by one thread at a
/// time; distinct documents are processed in parallel.
/// </summary>
public sealed class Document
{
    private const int InitialCapacity = 64;

    private readonly HashSet<Layer> layers = [Layer.Text];
    private readonly Dictionary<Type, object> extensions = [];
    private readonly List<Sentence> sentences = [];
    private readonly List<DocumentProblem> problems = [];

    private int[] tokenStart = new int[InitialCapacity];
    private int[] tokenEnd = new int[InitialCapacity];
    private int[] tokenSentence = new int[InitialCapacity];
    private string?[] forms = new string?[InitialCapacity];
    private string?[] upos = [];
    private string?[] xpos = [];
    private string?[] lemmas = [];
    private string?[] feats = [];
    private int[] heads = [];
    private string?[] deprels = [];

    public Document(string text, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
        NormalizedText = TextNormalizer.Normalize(text);
    }

    /// <summary>The text exactly as read (for JSON Lines input: the <c>text</c> field).</summary>
    public string Text { get; }

    /// <summary>
    /// <see cref="Text"/> with typographic variants folded (curly quotes, dashes, exotic spaces,
    /// zero-width characters); always the same length, so every offset is valid in both.
    /// </summary>
    public string NormalizedText { get; }

    public DocumentMetadata Metadata { get; }

    public int TokenCount { get; private set; }

    public IReadOnlyList<Sentence> Sentences => sentences;

    /// <summary>Warnings and recoverable problems met while annotating (e.g. an over-long sentence that was cut).</summary>
    public IReadOnlyList<DocumentProblem> Problems => problems;

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)TokenCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The document has {TokenCount} tokens.");
            }

            return new Token(this, index);
        }
    }

    public IEnumerable<Token> Tokens
    {
        get
        {
            for (var i = 0; i < TokenCount; i++)
            {
                yield return new Token(this, i);
            }
        }
    }

    /// <summary>Whether a stage has produced the layer.</summary>
    public bool Has(Layer layer) => layers.Contains(layer);

    /// <summary>Records that a layer is complete; called by the stage that produced it.</summary>
    public void MarkProduced(Layer layer) => layers.Add(layer);

    public void AddProblem(DocumentProblem problem) => problems.Add(problem);

    // ---- tokens -------------------------------------------------------------------------------

    /// <summary>Appends a token covering [start, end) of the text. Tokens must be added in text order.</summary>
    public int AddToken(int start, int end, string? form = null)
    {
        if (start < 0 || end > Text.Length || end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Token [{start},{end}) is outside the text of length {Text.Length} or empty.");
        }

        if (TokenCount > 0 && start < tokenEnd[TokenCount - 1])
        {
            throw new ArgumentException($"Token [{start},{end}) overlaps or precedes the previous token.", nameof(start));
        }

        EnsureTokenCapacity(TokenCount + 1);
        var index = TokenCount++;
        tokenStart[index] = start;
        tokenEnd[index] = end;
        tokenSentence[index] = -1;
        forms[index] = form;
        return index;
    }

    /// <summary>Appends a sentence made of the tokens [firstToken, endToken), which must follow the previous sentence.</summary>
    public Sentence AddSentence(int firstToken, int endToken)
    {
        var expectedFirst = sentences.Count == 0 ? 0 : sentences[^1].Tokens.End;
        if (firstToken < expectedFirst || endToken <= firstToken || endToken > TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(firstToken), $"Sentence tokens [{firstToken},{endToken}) do not follow the previous sentence or exceed {TokenCount} tokens.");
        }

        var sentence = new Sentence(sentences.Count, new TokenRange(firstToken, endToken), new TextRange(tokenStart[firstToken], tokenEnd[endToken - 1]));
        sentences.Add(sentence);
        for (var i = firstToken; i < endToken; i++)
        {
            tokenSentence[i] = sentence.Index;
        }

        return sentence;
    }

    public TextRange TokenRangeOf(int token) => new(tokenStart[token], tokenEnd[token]);

    /// <summary>The text a non-empty run of tokens covers, from the first token's start to the last one's end.</summary>
    public TextRange RangeOf(TokenRange tokens) => new(tokenStart[tokens.Start], tokenEnd[tokens.End - 1]);

    public int TokenStart(int token) => tokenStart[token];

    public int TokenEnd(int token) => tokenEnd[token];

    public int SentenceOf(int token) => tokenSentence[token];

    /// <summary>The token's normalised form without allocating (unless the tokenizer gave an explicit form).</summary>
    public ReadOnlySpan<char> FormSpan(int token) =>
        forms[token] is { } form ? form.AsSpan() : NormalizedText.AsSpan(tokenStart[token], tokenEnd[token] - tokenStart[token]);

    /// <summary>The token's normalised form as a string (cached after the first call).</summary>
    public string Form(int token) =>
        forms[token] ??= NormalizedText.Substring(tokenStart[token], tokenEnd[token] - tokenStart[token]);

    /// <summary>True when no whitespace separates the token from the next one.</summary>
    public bool NoSpaceAfter(int token) =>
        token + 1 < TokenCount ? tokenStart[token + 1] == tokenEnd[token] : tokenEnd[token] == Text.Length;

    /// <summary>True for a hyphen written with no space on either side, joining the words around it ("Jong-un", "cease-fire").</summary>
    public bool IsJoiningHyphen(int token) =>
        token > 0 && FormSpan(token) is "-" && NoSpaceAfter(token - 1) && NoSpaceAfter(token);

    // ---- tags, lemmas, dependencies -----------------------------------------------------------

    public string? Upos(int token) => token < upos.Length ? upos[token] : null;

    public string? Xpos(int token) => token < xpos.Length ? xpos[token] : null;

    public string? Lemma(int token) => token < lemmas.Length ? lemmas[token] : null;

    public string? Feats(int token) => token < feats.Length ? feats[token] : null;

    /// <summary>The head's token index in the document, or -1 for the root of its sentence (or when unparsed).</summary>
    public int Head(int token) => token < heads.Length ? heads[token] : -1;

    /// <summary>The head of a phrase: its first token whose head lies outside it.</summary>
    public int HeadOf(TokenRange tokens)
    {
        var head = tokens.Start;
        while (head < tokens.End - 1 && Head(head) >= tokens.Start && Head(head) < tokens.End)
        {
            head++;
        }

        return head;
    }

    public string? Deprel(int token) => token < deprels.Length ? deprels[token] : null;

    public void SetTag(int token, string upos, string xpos)
    {
        EnsureLayer(ref this.upos, token);
        EnsureLayer(ref this.xpos, token);
        this.upos[token] = upos;
        this.xpos[token] = xpos;
    }

    public void SetLemma(int token, string lemma)
    {
        EnsureLayer(ref lemmas, token);
        lemmas[token] = lemma;
    }

    public void SetFeats(int token, string featsValue)
    {
        EnsureLayer(ref feats, token);
        feats[token] = featsValue;
    }

    /// <summary>Sets the dependency head (a document token index in the same sentence, or -1 for root) and relation.</summary>
    public void SetHead(int token, int head, string deprel)
    {
        if (heads.Length < TokenCount)
        {
            var old = heads.Length;
            Array.Resize(ref heads, TokenCount);
            Array.Fill(heads, -1, old, TokenCount - old);
        }

        EnsureLayer(ref deprels, token);
        heads[token] = head;
        deprels[token] = deprel;
    }

    // ---- extension layers ---------------------------------------------------------------------

    /// <summary>Attaches a layer object owned by a later stage (actors, events, ...), replacing any previous one of that type.</summary>
    public void SetExtension<T>(T value)
        where T : class => extensions[typeof(T)] = value;

    public T? GetExtension<T>()
        where T : class => extensions.TryGetValue(typeof(T), out var value) ? (T)value : null;

    private void EnsureTokenCapacity(int needed)
    {
        if (needed <= tokenStart.Length)
        {
            return;
        }

        var size = Math.Max(needed, tokenStart.Length * 2);
        Array.Resize(ref tokenStart, size);
        Array.Resize(ref tokenEnd, size);
        Array.Resize(ref tokenSentence, size);
        Array.Resize(ref forms, size);
    }

    private void EnsureLayer(ref string?[] layer, int token)
    {
        if ((uint)token >= (uint)TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(token), token, $"The document has {TokenCount} tokens.");
        }

        if (layer.Length < TokenCount)
        {
            Array.Resize(ref layer, TokenCount);
        }
    }
}
