using System.Text.Json;
using System.Text.RegularExpressions;

namespace Invoke.Domain.Common;

internal static partial class Ensure
{
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidValueException(field, $"{field} is required");
        }

        var trimmed = value.Trim();
        return MaxLength(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength) =>
        value is null ? null : MaxLength(value, field, maxLength);

    public static string MaxLength(string value, string field, int maxLength) =>
        value.Length <= maxLength
            ? value
            : throw new InvalidValueException(field, $"{field} must be at most {maxLength} characters");

    public static string OneOf(string? value, string field, IReadOnlyCollection<string> allowed) =>
        value is not null && allowed.Contains(value)
            ? value
            : throw new InvalidValueException(field, $"{field} must be one of: {string.Join(", ", allowed)}");

    /// <summary>A lowercase hex SHA-256 digest, the form in which Invoke stores the hashes of its secrets.</summary>
    public static string Sha256Hex(string? value, string field) =>
        value is not null && Sha256HexPattern().IsMatch(value)
            ? value
            : throw new InvalidValueException(field, $"{field} must be a lowercase hex SHA-256 digest");

    public static DateTime Utc(DateTime value, string field) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new InvalidValueException(field, $"{field} must be a UTC time");

    public static string? Json(string? value, string field)
    {
        if (value is not null)
        {
            Parse(value, field).Dispose();
        }

        return value;
    }

    public static string JsonObject(string? value, string field)
    {
        using var document = Parse(value ?? string.Empty, field);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? value!
            : throw new InvalidValueException(field, $"{field} must be a JSON object");
    }

    private static JsonDocument Parse(string value, string field)
    {
        try
        {
            return JsonDocument.Parse(value);
        }
        catch (JsonException)
        {
            throw new InvalidValueException(field, $"{field} must be valid JSON");
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{64}\z")]
    private static partial Regex Sha256HexPattern();
}
