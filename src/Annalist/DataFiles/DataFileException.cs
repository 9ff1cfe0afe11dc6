namespace Annalist.DataFiles;

/// <summary>A shipped data or model file is missing, corrupt or of the wrong version; the message names the file and what to do.</summary>
public sealed class DataFileException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string FilePath { get; } = path;
}
