using System.Text.Json;
using Invoke.Api.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.ErrorHandling;

/// <summary>
/// Turns binding failures (malformed JSON, wrong JSON types, a missing body, unparsable route or query values, a NUL
/// in any value) into the 400 envelope. Fields are named as the client sent them: a JSON path without its <c>$.</c>, a route or query
/// parameter by its name, the body as a whole as <c>body</c>. Messages name the field and never the .NET types.
/// </summary>
internal static class InvalidModelStateResponse
{
    public const string BodyField = "body";

    public static IActionResult Create(ActionContext context)
    {
        var errors = ToErrors(context.ModelState);
        var message = string.Join("; ", errors.Values.SelectMany(messages => messages).Distinct());

        var errorResponses = context.HttpContext.RequestServices.GetRequiredService<ErrorResponses>();
        var envelope = errorResponses.Create(context.HttpContext, StatusCodes.Status400BadRequest, message, errors);
        return new ObjectResult(envelope) { StatusCode = envelope.StatusCode };
    }

    public static Dictionary<string, string[]> ToErrors(ModelStateDictionary modelState) =>
        modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => Describe(entry.Key, entry.Value, error)))
            .GroupBy(failure => failure.Field, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.Select(failure => failure.Message).Distinct().ToArray(),
                StringComparer.Ordinal);

    private static (string Field, string Message) Describe(string key, ModelStateEntry entry, ModelError error)
    {
        var field = FieldName(key);
        return error.Exception switch
        {
            NulCharacterException => (field, NulCharacters.Message(field)),
            // System.Text.Json wraps the reader's syntax error; a conversion error has no JSON inner exception.
            JsonException { InnerException: JsonException } when Depth(key) >= SourceTreeJson.MaxDepth =>
                (BodyField, $"The request body nests deeper than {SourceTreeJson.MaxDepth} levels."),
            JsonException { InnerException: JsonException } => (BodyField, "The request body is not valid JSON."),
            JsonException when field == BodyField => (BodyField, "The request body has the wrong JSON type."),
            JsonException => (field, $"The value of '{field}' is not valid."),
            _ when entry.AttemptedValue is not null => (field, $"The value '{entry.AttemptedValue}' is not valid for '{field}'."),
            _ when error.ErrorMessage.Length > 0 => (field, error.ErrorMessage),
            _ => (field, $"The value of '{field}' is not valid."),
        };
    }

    /// <summary>How deep in the JSON a key's path points: one level per property and per index.</summary>
    private static int Depth(string key) => key.Count(c => c is '.' or '[');

    private static string FieldName(string key) => key switch
    {
        "" or "$" => BodyField,
        _ when key.StartsWith("$.", StringComparison.Ordinal) => key[2..],
        _ when key.StartsWith("$[", StringComparison.Ordinal) => key[1..],
        _ => key,
    };
}
