using Microsoft.AspNetCore.Http;

namespace Annalist.Server.Api;

/// <summary>
/// The 4xx and 5xx answers of the API, all <c>application/problem+json</c> (RFC 9457) with a
/// <c>detail</c> written for the caller: what was wrong and how to fix it. Never a stack trace, a
/// file path or a connection string.
/// </summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    /// <summary>400 with the offending parameters, each with its messages.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "One or more parameters are invalid; see 'errors'.", title: "Invalid parameters");

    public static IResult Invalid(string parameter, string message) => Invalid(new Dictionary<string, string[]> { [parameter] = [message] });

    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "API key required", detail);

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", detail);

    public static IResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static IResult Unprocessable(string detail) => Problem(StatusCodes.Status422UnprocessableEntity, "Unprocessable content", detail);

    public static IResult Problem(int status, string title, string detail) => TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
