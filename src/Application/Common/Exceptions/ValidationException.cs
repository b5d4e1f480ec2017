using System.Text.Json;
using FluentValidation.Results;

namespace Invoke.Application.Common.Exceptions;

/// <summary>
/// 400 listing every failed field. Field names are the wire names: each segment of the validator's property path is
/// camel-cased (<c>Items[0].Name</c> becomes <c>items[0].name</c>); a validator whose wire name is not camel case
/// (<c>project_id</c>) says so with <c>OverridePropertyName</c>, which camel-casing leaves alone.
/// The message joins the distinct failure messages, so a single failure carries exactly the validator's wording.
/// </summary>
public sealed class ValidationException(IReadOnlyCollection<ValidationFailure> failures)
    : Exception(string.Join("; ", failures.Select(f => f.ErrorMessage).Distinct()))
{
    public IDictionary<string, string[]> Errors { get; } = failures
        .GroupBy(f => ToWireName(f.PropertyName), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);

    private static string ToWireName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
