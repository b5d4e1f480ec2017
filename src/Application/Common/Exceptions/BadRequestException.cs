namespace Invoke.Application.Common.Exceptions;

/// <summary>
/// 400: the request is well-formed but a rule checked against stored data refuses it, e.g.
/// <c>Cannot remove the last owner from project...</c>. <see cref="Field"/> names the request field at fault, if one
/// is; <see cref="Members"/> are extra top-level members of the error body by wire name, e.g. <c>score</c> for a weak
/// password or <c>projects</c> for the projects that block a user's deletion. They must not reuse the envelope's
/// member names. <see cref="ResponseData"/> is the envelope's <c>data</c>, which is otherwise null.
/// </summary>
public sealed class BadRequestException(
    string message,
    string? field = null,
    IReadOnlyDictionary<string, object?>? members = null,
    object? responseData = null) : Exception(message)
{
    public string? Field { get; } = field;

    public IReadOnlyDictionary<string, object?> Members { get; } = members ?? new Dictionary<string, object?>();

    public object? ResponseData { get; } = responseData;
}
