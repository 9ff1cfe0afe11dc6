using Annalist.DataFiles;
using Annalist.Pipeline;

namespace Annalist.Syntax;

/// <summary>
/// The trained English syntax model: tagger, lemmatizer and parser, loaded once from
/// <c>data/models/en-syntax/</c> (each file's SHA-256 checked against <c>manifest.json</c>) and shared,
/// immutable, by every thread. <see cref="Stages"/> gives the pipeline stages that apply it.
/// </summary>
public sealed class SyntaxModel
{
    public const string DefaultName = "en-syntax";
    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmatizer.bin";
    public const string ParserFile = "parser.bin";
    public const string ManifestFile = "manifest.json";

    /// <summary>Optional word clusters (<see cref="WordClusters"/>); a model trained with them loads them.</summary>
    public const string ClustersFile = "clusters.bin";

    /// <summary>Optional closed-class words (<see cref="ClosedClassLexicon"/>); the tagger keeps its closed classes to them.</summary>
    public const string ClosedClassesFile = "closed-classes.tsv";

    /// <summary>Version of the binary format; a model of another version is refused with a message.</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<(string Upos, string Xpos), int> tagIds = [];

    internal SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, DataManifest? manifest = null, WordClusters? clusters = null)
    {
        Clusters = clusters;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        lemmatizer.UsePartsOfSpeech(tagger.Upos);
        tagger.UseWordForms(lemmatizer);
        Parser = parser;
        Manifest = manifest;
        for (var c = 0; c < tagger.Classes.Count; c++)
        {
            tagIds.TryAdd((tagger.Upos[c], tagger.Xpos[c]), c);
        }

        commonClasses = Enumerable.Range(0, tagger.Classes.Count).Where(c => tagger.Upos[c] is not ("PROPN" or "PUNCT" or "SYM" or "X")).ToArray();
        IsCommonWord = CommonWord;
    }

    private readonly int[] commonClasses;

    /// <summary>
    /// Whether the training treebanks saw a lower-case word as some common word (any part of speech but a name,
    /// punctuation or symbol), or saw its stem so, less an inflection ("slams", "warned", "talking"): what a title-cased
    /// headline may be read in lower case by (<see cref="SentenceWords.Load"/>).
    /// </summary>
    internal SentenceWords.WordTest IsCommonWord { get; }

    private static readonly string[] Inflections = ["s", "es", "ed", "d", "ing"];

    private bool CommonWord(ReadOnlySpan<char> lower)
    {
        if (KnownCommon(FeatureHash.Text(lower)))
        {
            return true;
        }

        foreach (var ending in Inflections)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal) && KnownCommon(FeatureHash.Text(lower[..^ending.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private bool KnownCommon(ulong lower)
    {
        foreach (var c in commonClasses)
        {
            if (Lemmatizer.Knows(lower, c))
            {
                return true;
            }
        }

        return false;
    }

    public DataManifest? Manifest { get; }

    internal PosTagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal DependencyParser Parser { get; }

    /// <summary>Word clusters the tagger's features read, or null for a model trained without.</summary>
    internal WordClusters? Clusters { get; }

    /// <summary>Loads the shipped model from the data directory.</summary>
    public static SyntaxModel LoadDefault(DataDirectory? data = null) => Load((data ?? DataDirectory.Default).PathOf("models", DefaultName));

    /// <summary>Loads a model directory, verifying every file against its manifest; throws <see cref="DataFileException"/> when it cannot.</summary>
    public static SyntaxModel Load(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new DataFileException(manifestPath, "missing: the syntax model is not installed (train one with `annalist train parser` or restore data/models from git)");
        }

        var manifest = DataManifest.Load(manifestPath);
        foreach (var file in new[] { TaggerFile, LemmatizerFile, ParserFile })
        {
            if (!manifest.Sha256.ContainsKey(file))
            {
                throw new DataFileException(manifestPath, $"does not list {file}");
            }
        }

        manifest.Verify(directory);
        try
        {
            var tagger = ReadFile(directory, TaggerFile, PosTagger.Read);
            var lemmatizer = ReadFile(directory, LemmatizerFile, Lemmatizer.Read);
            var parser = ReadFile(directory, ParserFile, DependencyParser.Read);
            var clusters = manifest.Sha256.ContainsKey(ClustersFile) ? ReadFile(directory, ClustersFile, WordClusters.Read) : null;
            if (manifest.Sha256.ContainsKey(ClosedClassesFile))
            {
                tagger.UseClosedClasses(ClosedClassLexicon.Read(Path.Combine(directory, ClosedClassesFile)));
            }

            return new SyntaxModel(tagger, lemmatizer, parser, manifest, clusters);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new DataFileException(directory, $"cannot read the syntax model ({ex.Message})");
        }
    }

    /// <summary>Writes the model files (tagger, lemmatizer, parser, and clusters and closed-class words when it has them) and a manifest listing their hashes (other manifest fields as given).</summary>
    public DataManifest Save(string directory, DataManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        Directory.CreateDirectory(directory);
        WriteFile(directory, TaggerFile, Tagger.Write);
        WriteFile(directory, LemmatizerFile, Lemmatizer.Write);
        WriteFile(directory, ParserFile, Parser.Write);
        if (Clusters is not null)
        {
            WriteFile(directory, ClustersFile, Clusters.Write);
        }
        else
        {
            File.Delete(Path.Combine(directory, ClustersFile));
        }

        if (Tagger.ClosedClasses is { } closed)
        {
            closed.Write(Path.Combine(directory, ClosedClassesFile));
        }
        else
        {
            File.Delete(Path.Combine(directory, ClosedClassesFile));
        }

        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file is not null && file != ManifestFile)
            {
                hashes[file] = DataManifest.HashFile(Path.Combine(directory, file));
            }
        }

        var saved = manifest with { Sha256 = hashes };
        saved.Save(Path.Combine(directory, ManifestFile));
        return saved;
    }

    /// <summary>The parser's beam width: 1 for greedy, else the width it was trained with.</summary>
    public int ParserBeamWidth => Parser.BeamWidth;

    /// <summary>
    /// The same model with its parser decoding at another beam width, to measure what the width buys
    /// (a model trained greedily is not trained for a beam, nor the other way round).
    /// </summary>
    public SyntaxModel WithParserBeamWidth(int beamWidth)
    {
        if (beamWidth is < 1 or > DependencyParser.MaxBeamWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(beamWidth), beamWidth, $"between 1 and {DependencyParser.MaxBeamWidth}");
        }

        return beamWidth == Parser.BeamWidth ? this : new SyntaxModel(Tagger, Lemmatizer, Parser.WithBeamWidth(beamWidth), Manifest, Clusters);
    }

    /// <summary>The pipeline stages applying this model: tagging, lemmatization, parsing.</summary>
    public IReadOnlyList<IPipelineStage> Stages() => [new PosTaggingStage(this), new LemmatizationStage(this), new DependencyParsingStage(this)];

    /// <summary>The tagger's class for a UPOS and XPOS pair, or -1 when the model never saw it.</summary>
    internal int TagOf(string? upos, string? xpos) => upos is not null && xpos is not null && tagIds.TryGetValue((upos, xpos), out var id) ? id : -1;

    private static T ReadFile<T>(string directory, string file, Func<BinaryReader, T> read) => ReadVersioned(Path.Combine(directory, file), read);

    private static void WriteFile(string directory, string file, Action<BinaryWriter> write) => WriteVersioned(Path.Combine(directory, file), write);

    /// <summary>Reads a model file: the <see cref="FormatVersion"/> it was written with, then its content.</summary>
    internal static T ReadVersioned<T>(string path, Func<BinaryReader, T> read)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        using var reader = new BinaryReader(stream);
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new DataFileException(path, $"model format version {version}, this build reads version {FormatVersion}; retrain the model or use a matching build");
        }

        return read(reader);
    }

    /// <summary>Writes a model file: the <see cref="FormatVersion"/> first, then its content.</summary>
    internal static void WriteVersioned(string path, Action<BinaryWriter> write)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write(FormatVersion);
        write(writer);
    }
}
