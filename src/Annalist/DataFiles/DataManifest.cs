using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Annalist.DataFiles;

/// <summary>
/// The <c>manifest.json</c> beside every shipped data set or model: what it is, where it came from,
/// its license, and the SHA-256 of each file, checked when the data is loaded.
/// </summary>
public sealed record DataManifest
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "->" and "'" as written, not \u003E
    };

    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Description { get; init; }

    /// <summary>Where the data came from (repository and commit, or the command that built it).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public required string License { get; init; }

    public string? Attribution { get; init; }

    /// <summary>File name (relative to the manifest) to lower-case hex SHA-256.</summary>
    public IReadOnlyDictionary<string, string> Sha256 { get; init; } = new Dictionary<string, string>();

    /// <summary>Free-form figures worth keeping with the data (e.g. dev scores of a model).</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metrics { get; init; }

    public static DataManifest Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<DataManifest>(stream, JsonOptions) ?? throw new DataFileException(path, "the manifest is empty");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, $"cannot read the manifest ({ex.Message})");
        }
        catch (JsonException ex)
        {
            throw new DataFileException(path, $"the manifest is not valid JSON ({ex.Message})");
        }
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, this, JsonOptions);
    }

    /// <summary>Checks every listed file against its hash; throws <see cref="DataFileException"/> naming the first mismatch.</summary>
    public void Verify(string directory)
    {
        foreach (var (file, expected) in Sha256)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new DataFileException(path, "missing (listed in manifest.json)");
            }

            var actual = HashFile(path);
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new DataFileException(path, $"SHA-256 {actual} does not match manifest.json ({expected}); rebuild it or restore it from git");
            }
        }
    }

    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
