namespace Annalist.Cli;

/// <summary>The exit statuses of every `annalist` command (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>Some records failed or were degraded; each was reported on standard error, the rest processed.</summary>
    public const int SomeRecordsFailed = 1;

    /// <summary>The command line was wrong (unknown option, bad value); nothing was processed.</summary>
    public const int UsageError = 2;

    /// <summary>The command could not run at all (missing or corrupt data files, unwritable output).</summary>
    public const int Fatal = 3;
}
