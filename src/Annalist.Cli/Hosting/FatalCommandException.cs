namespace Annalist.Cli;

/// <summary>A command cannot run at all (e.g. a data file is missing or corrupt); reported in one line, exit status 3.</summary>
internal sealed class FatalCommandException(string message) : Exception(message);
