using Microsoft.AspNetCore.WebUtilities;

namespace Invoke.Api.ErrorHandling;

/// <summary>The RFC 9457 <c>type</c> and <c>title</c> of a status code: its RFC 9110 section and reason phrase.</summary>
internal static class ProblemTypes
{
    private static readonly Dictionary<int, string> Sections = new()
    {
        [StatusCodes.Status400BadRequest] = "15.5.1",
        [StatusCodes.Status401Unauthorized] = "15.5.2",
        [StatusCodes.Status403Forbidden] = "15.5.4",
        [StatusCodes.Status404NotFound] = "15.5.5",
        [StatusCodes.Status405MethodNotAllowed] = "15.5.6",
        [StatusCodes.Status406NotAcceptable] = "15.5.7",
        [StatusCodes.Status408RequestTimeout] = "15.5.9",
        [StatusCodes.Status409Conflict] = "15.5.10",
        [StatusCodes.Status412PreconditionFailed] = "15.5.13",
        [StatusCodes.Status413PayloadTooLarge] = "15.5.14",
        [StatusCodes.Status415UnsupportedMediaType] = "15.5.16",
        [StatusCodes.Status422UnprocessableEntity] = "15.5.21",
        [StatusCodes.Status500InternalServerError] = "15.6.1",
        [StatusCodes.Status502BadGateway] = "15.6.3",
        [StatusCodes.Status503ServiceUnavailable] = "15.6.4",
        [StatusCodes.Status504GatewayTimeout] = "15.6.5",
    };

    public static string TypeOf(int statusCode) =>
        Sections.TryGetValue(statusCode, out var section)
            ? $"https://tools.ietf.org/html/rfc9110#section-{section}"
            : "about:blank";

    public static string TitleOf(int statusCode)
    {
        var phrase = ReasonPhrases.GetReasonPhrase(statusCode);
        return phrase.Length == 0 ? $"HTTP {statusCode}" : phrase;
    }
}
