namespace Invoke.Application.Runtime.Queries.GetInvocationTarget;

public sealed record ActiveVersionDto(Guid VersionId, int Version, string PackageHash, string? PackagePath, long FileSize);
