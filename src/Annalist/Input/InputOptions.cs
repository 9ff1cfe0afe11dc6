namespace Annalist.Input;

/// <summary>Settings shared by every command that reads documents.</summary>
public sealed record InputOptions
{
    public static InputOptions Default { get; } = new();

    /// <summary>Publication date for inputs that carry none (<c>--date</c>).</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Largest article accepted, in bytes of UTF-8 (a whole .txt/.html file, or one JSON line).</summary>
    public long MaxArticleBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Standard input, for the argument "-"; replaceable in tests.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}
