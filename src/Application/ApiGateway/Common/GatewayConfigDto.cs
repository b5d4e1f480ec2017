namespace Invoke.Application.ApiGateway.Common;

/// <param name="Id">Null when the project has no gateway row yet.</param>
public sealed record GatewayConfigDto(Guid? Id, bool Enabled, string? CustomDomain, DateTime? CreatedAt, DateTime? UpdatedAt);
