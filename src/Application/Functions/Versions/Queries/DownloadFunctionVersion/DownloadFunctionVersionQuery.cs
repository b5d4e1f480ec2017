using MediatR;

namespace Invoke.Application.Functions.Versions.Queries.DownloadFunctionVersion;

/// <summary>A version's package as a zip, the format the original's download returns.</summary>
public sealed record DownloadFunctionVersionQuery(Guid FunctionId, VersionReference Version) : IRequest<PackageDownloadDto>;
