namespace Invoke.Api.ErrorHandling;

/// <summary>
/// PostgreSQL cannot store U+0000 in text, so a NUL in any bound string would fail its query with a 500. Every value
/// the client sends is checked once here, in the JSON reader and after model binding, instead of in each validator.
/// </summary>
internal static class NulCharacters
{
    public static bool In(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    public static string Message(string field) => $"The value of '{field}' must not contain NUL characters.";
}
