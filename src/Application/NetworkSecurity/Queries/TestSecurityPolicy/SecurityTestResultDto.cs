namespace Invoke.Application.NetworkSecurity.Queries.TestSecurityPolicy;

public sealed record SecurityTestResultDto(bool Allowed, string Reason);
