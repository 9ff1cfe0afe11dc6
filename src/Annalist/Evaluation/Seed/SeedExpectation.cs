using System.Text.Json;

namespace Annalist.Evaluation.Seed;

/// <summary>
/// One expectation of a careful human coder about an article (the format of
/// <c>../shared/samples/seed/expected.json</c>): which sentence, actor and recipient countries,
/// PLOVER types and CAMEO prefixes are acceptable, plus optional sector, date, claim, place and
/// mode/context constraints; for must-not readings, the statuses under which the reading is allowed.
/// </summary>
public sealed record SeedExpectation
{
    public string? Id { get; init; }

    public string? SentenceContains { get; init; }

    public bool AnySentence { get; init; }

    public string? ActorCountry { get; init; }

    public string? ActorSector { get; init; }

    public string? ActorTextContains { get; init; }

    public string? RecipientCountry { get; init; }

    public string? RecipientSector { get; init; }

    public IReadOnlyList<string> Plover { get; init; } = [];

    public IReadOnlyList<string> Cameo { get; init; } = [];

    public IReadOnlyList<string> ModeOrContext { get; init; } = [];

    public DateOnly? DateOnOrBefore { get; init; }

    public string? DateValue { get; init; }

    public string? DatePrecision { get; init; }

    public DateOnly? DateAfter { get; init; }

    public string? ClaimStatus { get; init; }

    public IReadOnlyList<string> ClaimedBy { get; init; } = [];

    public string? ClaimantTextContains { get; init; }

    public string? ReportedByTextContains { get; init; }

    public string? Place { get; init; }

    public IReadOnlyList<string> UnlessStatus { get; init; } = [];

    public string? Note { get; init; }

    public static SeedExpectation Parse(JsonElement e)
    {
        static string? Str(JsonElement parent, string name) => parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static IReadOnlyList<string> List(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var actor = e.TryGetProperty("actor", out var a) ? a : default;
        var recipient = e.TryGetProperty("recipient", out var r) ? r : default;
        var date = e.TryGetProperty("date", out var d) ? d : default;
        var claim = e.TryGetProperty("claim", out var c) ? c : default;
        return new SeedExpectation
        {
            Id = Str(e, "id"),
            SentenceContains = Str(e, "sentence_contains"),
            AnySentence = e.TryGetProperty("any_sentence", out var any) && any.ValueKind == JsonValueKind.True,
            ActorCountry = actor.ValueKind == JsonValueKind.Object ? Str(actor, "country") : null,
            ActorSector = actor.ValueKind == JsonValueKind.Object ? Str(actor, "sector") : null,
            ActorTextContains = Str(e, "actor_text_contains"),
            RecipientCountry = recipient.ValueKind == JsonValueKind.Object ? Str(recipient, "country") : null,
            RecipientSector = recipient.ValueKind == JsonValueKind.Object ? Str(recipient, "sector") : null,
            Plover = List(e, "plover"),
            Cameo = List(e, "cameo"),
            ModeOrContext = List(e, "mode_or_context"),
            DateOnOrBefore = date.ValueKind == JsonValueKind.Object ? Date(Str(date, "on_or_before")) : null,
            DateValue = date.ValueKind == JsonValueKind.Object ? Str(date, "value") : null,
            DatePrecision = date.ValueKind == JsonValueKind.Object ? Str(date, "precision") : null,
            DateAfter = Date(Str(e, "date_after")),
            ClaimStatus = claim.ValueKind == JsonValueKind.Object ? Str(claim, "status") : null,
            ClaimedBy = claim.ValueKind == JsonValueKind.Object ? List(claim, "claimed_by") : [],
            ClaimantTextContains = claim.ValueKind == JsonValueKind.Object ? Str(claim, "claimant_text_contains") : null,
            ReportedByTextContains = claim.ValueKind == JsonValueKind.Object ? Str(claim, "reported_by_text_contains") : null,
            Place = Str(e, "place"),
            UnlessStatus = List(e, "unless_status"),
            Note = Str(e, "note") ?? Str(e, "why"),
        };
    }
}
