using Annalist.Events;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>
/// One event the <see cref="FakeCoderStage"/> emits wherever a sentence holds its trigger and its
/// actor's words: a stand-in for the real coder, so server tests do not depend on what it finds.
/// Codes are split like the coder's: country = first three letters, sector = the rest.
/// </summary>
public sealed record FakeEvent(string Trigger, string Type, string Cameo, int QuadClass, double Goldstein, (string Text, string Code) Actor, (string Text, string Code)? Recipient)
{
    public EventStatus Status { get; init; } = EventStatus.Asserted;

    public IReadOnlyList<(string Text, string Code)> Claimants { get; init; } = [];

    public string? Outlet { get; init; }

    public string? DateText { get; init; }

    /// <summary>The event's date; the document's publication date when null.</summary>
    public DateOnly? Date { get; init; }

    public DatePrecision Precision { get; init; } = DatePrecision.Day;

    public (string Text, string Name, long GeonameId, double Lat, double Lon, string Country)? Place { get; init; }

    public IReadOnlyList<string> Contexts { get; init; } = [];
}
