using System.Text.Json;
using Annalist.DataFiles;
using Microsoft.ML.OnnxRuntime;

namespace Annalist.Coding.Typing;

/// <summary>
/// The trained event-typing model (<c>data/models/en-event-types</c>): for a sentence with a marked actor
/// and recipient, the probability of each label (NONE and the PLOVER roots, YIELD standing for CONCEDE and
/// RETREAT). An ONNX graph run by ONNX Runtime, loaded once and verified against its manifest; thread-safe
/// (one session shared by all threads, one pair per run).
/// </summary>
public sealed class EventTypeModel : IDisposable
{
    public const string DefaultName = "en-event-types";
    public const string None = "NONE";
    // The graph's input tensors, in the order the session is run with (names fixed by scripts/train/train_events.py).
    private const string IdsInput = "input_ids";
    private const string MaskInput = "attention_mask";
    private const string MarksInput = "marks";
    private static readonly string[] InputNames = [IdsInput, MaskInput, MarksInput];
    private static readonly string[] OutputNames = ["probabilities"];
    private readonly InferenceSession session;
    private readonly RunOptions run = new();

    private EventTypeModel(InferenceSession session, PairEncoder encoder, IReadOnlyList<string> labels, string version, TypingThresholds thresholds)
    {
        this.session = session;
        Encoder = encoder;
        Labels = labels;
        Version = version;
        Thresholds = thresholds;
    }

    public PairEncoder Encoder { get; }

    /// <summary>The model's outputs in order; the first is NONE.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>"en-event-types@1.0.0": what records name as their typing model.</summary>
    public string Version { get; }

    public TypingThresholds Thresholds { get; }

    /// <summary>The pair selector shipped beside the model (<see cref="PairSelector.FileName"/>), or null.</summary>
    public PairSelector? Selector { get; private init; }

    public static bool IsInstalled(DataDirectory? data = null) => (data ?? DataDirectory.Default).Exists("models", DefaultName, "manifest.json");

    public static EventTypeModel LoadDefault(DataDirectory? data = null) => Load((data ?? DataDirectory.Default).PathOf("models", DefaultName));

    /// <summary>Loads a model directory (manifest.json, model.onnx, vocab.txt, typing.json), verifying the files against the manifest.</summary>
    public static EventTypeModel Load(string directory, string? modelFile = null)
    {
        var manifestPath = Path.Combine(directory, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new DataFileException(manifestPath, "missing: the event-typing model is not installed (train one with scripts/train-events or restore data/models from git)");
        }

        var manifest = DataManifest.Load(manifestPath);
        manifest.Verify(directory);
        var labels = manifest.Metrics?.TryGetValue("settings", out var settings) == true && settings.TryGetProperty("labels", out var names)
            ? names.EnumerateArray().Select(n => n.GetString() ?? string.Empty).ToList()
            : throw new DataFileException(manifestPath, "metrics.settings.labels is missing");
        if (labels.Count == 0 || labels[0] != None)
        {
            throw new DataFileException(manifestPath, "the first label must be NONE");
        }

        var maxPieces = settings.TryGetProperty("max_pieces", out var max) ? max.GetInt32() : PairEncoder.MaxPieces;
        var tokenizer = WordPieceTokenizer.Load(Path.Combine(directory, "vocab.txt"));
        var thresholds = TypingThresholds.Load(Path.Combine(directory, "typing.json"));
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        // The encoder's MatMuls are DynamicQuantizeMatMul (int8 weights, inputs quantised to uint8 at run time: about
        // twice the speed of float); the embedding tables' int8 rows are dequantised once when the session is built.
        options.AddSessionConfigEntry("session.disable_quant_qdq", "1");
        var path = modelFile ?? Path.Combine(directory, "model.onnx");
        InferenceSession session;
        try
        {
            session = new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new DataFileException(path, $"ONNX Runtime cannot load the model ({ex.Message})");
        }

        var selectorPath = Path.Combine(directory, PairSelector.FileName);
        var selector = File.Exists(selectorPath) ? PairSelector.Load(selectorPath) : null;
        return new EventTypeModel(session, new PairEncoder(tokenizer, maxPieces), labels, $"{manifest.Name}@{manifest.Version}", thresholds) { Selector = selector };
    }

    /// <summary>
    /// The probabilities of <see cref="Labels"/> for each pair, in order. Each pair is run on its own: the graph's
    /// MatMuls quantise their input to 8 bits with one scale per run, so a pair batched with others would get
    /// probabilities that depend on its neighbours. Batches of length-sorted pairs were no faster on the news files.
    /// </summary>
    public float[][] Predict(IReadOnlyList<EncodedPair> pairs)
    {
        var results = new float[pairs.Count][];
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var width = pair.Pieces.Length;
            var mask = new long[width];
            Array.Fill(mask, 1L);
            using var idsValue = OrtValue.CreateTensorValueFromMemory(pair.Pieces, [1, width]);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, [1, width]);
            using var marksValue = OrtValue.CreateTensorValueFromMemory(new long[] { pair.SourceMark, pair.TargetMark }, [1, 2]);
            using var outputs = session.Run(run, InputNames, [idsValue, maskValue, marksValue], OutputNames);
            results[i] = outputs[0].GetTensorDataAsSpan<float>()[..Labels.Count].ToArray();
        }

        return results;
    }

    public void Dispose()
    {
        session.Dispose();
        run.Dispose();
    }
}

/// <summary>
/// When the model's word counts (typing.json beside the model, chosen by cross-validation with
/// <c>annalist eval plv --folds 5</c>): it overrules a rule's type when its own type has at least
/// <see cref="Overrule"/> probability (<see cref="Contested"/> where another predicate of the sentence links the same
/// parties), codes an event the rules missed when the best pair of a sentence
/// has a root with at least <see cref="Silent"/>, and gives a rule event without a recipient the actor its predicate
/// governs whose probability of the event's type reaches <see cref="Complete"/> (the silent threshold when typing.json
/// does not say; a coded actor elsewhere in the sentence at <see cref="CompleteElsewhere"/>), and codes the pair the
/// pair selector chooses in a sentence when its selection probability reaches <see cref="Select"/> and a root reaches
/// <see cref="Selected"/>.
/// </summary>
public sealed record TypingThresholds(double Overrule, double Silent, double Complete)
{
    /// <summary>The selection probability the pair selector's choice needs before the model is asked to type it (above 1: never).</summary>
    public double Select { get; init; } = 1.01;

    /// <summary>The probability a root needs for the selector's pair to become an event (the silent threshold when typing.json does not say).</summary>
    public double Selected
    {
        get => selected ?? Silent;
        init => selected = value;
    }

    private readonly double? selected;

    /// <summary>
    /// The probability the model's root needs to overrule a rule event whose two parties another predicate of the
    /// sentence also links ("visited Moscow and said her country will support Russia"): the model types a pair, not a
    /// predicate, and may be reading the other one (the overrule threshold when typing.json does not say; above 1: never).
    /// </summary>
    public double Contested
    {
        get => contested ?? Overrule;
        init => contested = value;
    }

    private readonly double? contested;

    /// <summary>
    /// The probability of a rule event's type a coded actor elsewhere in the sentence, one its predicate does not govern,
    /// needs to become the recipient the event lacks when none it governs reaches <see cref="Complete"/> (above 1, the
    /// default: never).
    /// </summary>
    public double CompleteElsewhere { get; init; } = 1.01;

    /// <summary>
    /// Below this probability of the rule's own root the model doubts the rule's reading (0: never), and then
    /// <see cref="Doubted"/> is enough to overrule it on an uncontested event.
    /// </summary>
    public double Doubt { get; init; }

    /// <summary>The probability the model's root needs to overrule a rule reading it doubts (the overrule threshold when typing.json does not say).</summary>
    public double Doubted
    {
        get => doubted ?? Overrule;
        init => doubted = value;
    }

    private readonly double? doubted;

    /// <summary>
    /// The probability a root needs for a silent pair of two political parties (<see cref="PairFinder.IsPolitical"/>) to
    /// become an event (the silent threshold when typing.json does not say).
    /// </summary>
    public double SilentPolitical
    {
        get => silentPolitical ?? Silent;
        init => silentPolitical = value;
    }

    private readonly double? silentPolitical;

    public static TypingThresholds Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException(path, "missing: the thresholds of the event-typing model");
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var silent = root.GetProperty("silent").GetDouble();
            var complete = root.TryGetProperty("complete", out var c) ? c.GetDouble() : silent;
            var select = root.TryGetProperty("select", out var p) ? p.GetDouble() : 1.01;
            var thresholds = new TypingThresholds(root.GetProperty("overrule").GetDouble(), silent, complete) { Select = select };
            thresholds = root.TryGetProperty("contested", out var o) ? thresholds with { Contested = o.GetDouble() } : thresholds;
            thresholds = root.TryGetProperty("doubt", out var d) ? thresholds with { Doubt = d.GetDouble() } : thresholds;
            thresholds = root.TryGetProperty("complete_elsewhere", out var ce) ? thresholds with { CompleteElsewhere = ce.GetDouble() } : thresholds;
            thresholds = root.TryGetProperty("doubted", out var dd) ? thresholds with { Doubted = dd.GetDouble() } : thresholds;
            thresholds = root.TryGetProperty("silent_political", out var sp) ? thresholds with { SilentPolitical = sp.GetDouble() } : thresholds;
            return root.TryGetProperty("selected", out var t) ? thresholds with { Selected = t.GetDouble() } : thresholds;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DataFileException(path, $"expected {{\"overrule\": p, \"silent\": p, \"complete\": p, \"complete_elsewhere\": p, \"select\": p, \"selected\": p, \"contested\": p, \"doubt\": p, \"doubted\": p, \"silent_political\": p}} ({ex.Message})");
        }
    }
}
