namespace Annalist.Server.Configuration;

/// <summary>
/// What one request may ask of the server (configuration section <c>Annalist:Limits</c>). Requests over
/// a limit are refused with a 4xx problem saying which limit and how to stay under it.
/// </summary>
public sealed class ServerLimits
{
    /// <summary>Largest request body of every endpoint but ingest, in bytes (413 above it).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest body of <c>POST /api/documents</c>, in bytes.</summary>
    public long MaxIngestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Longest article text, in UTF-16 characters (as offsets count them).</summary>
    public int MaxTextLength { get; set; } = 200_000;

    /// <summary>Most documents in one ingest request.</summary>
    public int MaxDocumentsPerRequest { get; set; } = 100;

    /// <summary>Events per page of <c>GET /api/events</c> when the request names no <c>limit</c>.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>limit</c> a request may name.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Most rows one <c>GET /api/dyads</c> returns (the answer says when it was cut).</summary>
    public int MaxDyadRows { get; set; } = 20_000;

    /// <summary>Most actors one <c>GET /api/actors</c> returns.</summary>
    public int MaxActors { get; set; } = 100;
}
