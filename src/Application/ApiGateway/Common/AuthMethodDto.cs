namespace Invoke.Application.ApiGateway.Common;

/// <param name="Config">The JSON object as stored.</param>
/// <param name="Warnings">What makes the method weaker than it looks (see <see cref="AuthMethodConfigRules.Warnings"/>).</param>
public sealed record AuthMethodDto(
    Guid Id, string Name, string Type, string Config, DateTime? CreatedAt, DateTime? UpdatedAt, IReadOnlyList<string> Warnings);
