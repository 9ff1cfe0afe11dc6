using System.Text.Json;
using System.Text.Json.Serialization;
using Annalist.DataFiles;

namespace Annalist.Knowledge;

/// <summary>
/// A user's own knowledge files: PETRARCH-format dictionaries (<c>.txt</c>) or simple TSV (<c>.tsv</c>) for
/// actors, agents, media and places, a CAMEO.2.0-format verb file, discards. Overlay entries win over the shipped
/// ones; with <see cref="Replace"/> only these files are used for actors, agents, verbs and discards (as PETRARCH does).
/// Given by command-line options or a JSON config file (<see cref="FromConfigFile"/>).
/// </summary>
public sealed record KnowledgeOverlayOptions
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Agents { get; init; } = [];

    public IReadOnlyList<string> Media { get; init; } = [];

    public IReadOnlyList<string> Places { get; init; } = [];

    public IReadOnlyList<string> Discards { get; init; } = [];

    public string? Verbs { get; init; }

    /// <summary>Use only the given dictionaries for actors, agents, verbs and discards (the shipped ones are left out).</summary>
    public bool Replace { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Actors.Count + Agents.Count + Media.Count + Places.Count + Discards.Count == 0 && Verbs is null;

    /// <summary>
    /// Reads <c>{"actors": [...], "agents": [...], "media": [...], "places": [...], "discards": [...], "verbs": "...", "replace": false}</c>;
    /// relative paths are relative to the config file.
    /// </summary>
    public static KnowledgeOverlayOptions FromConfigFile(string path)
    {
        KnowledgeOverlayOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<KnowledgeOverlayOptions>(File.ReadAllText(path), JsonOptions);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new DataFileException(path, $"cannot read the knowledge config ({ex.Message})");
        }

        if (options is null)
        {
            throw new DataFileException(path, "the knowledge config is empty");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Resolve(string p) => Path.IsPathRooted(p) ? p : Path.Combine(directory, p);
        return options with
        {
            Actors = [.. options.Actors.Select(Resolve)],
            Agents = [.. options.Agents.Select(Resolve)],
            Media = [.. options.Media.Select(Resolve)],
            Places = [.. options.Places.Select(Resolve)],
            Discards = [.. options.Discards.Select(Resolve)],
            Verbs = options.Verbs is null ? null : Resolve(options.Verbs),
        };
    }

    /// <summary>These options with another's files added after them.</summary>
    public KnowledgeOverlayOptions Plus(KnowledgeOverlayOptions other) => new()
    {
        Actors = [.. Actors, .. other.Actors],
        Agents = [.. Agents, .. other.Agents],
        Media = [.. Media, .. other.Media],
        Places = [.. Places, .. other.Places],
        Discards = [.. Discards, .. other.Discards],
        Verbs = other.Verbs ?? Verbs,
        Replace = Replace || other.Replace,
    };
}
