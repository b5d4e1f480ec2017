using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Versions.Queries.DownloadFunctionVersion;

public sealed class DownloadFunctionVersionQueryHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, IPackageArchive packageArchive)
    : IRequestHandler<DownloadFunctionVersionQuery, PackageDownloadDto>
{
    public async Task<PackageDownloadDto> Handle(DownloadFunctionVersionQuery request, CancellationToken cancellationToken)
    {
        var stored = await db.GetStoredPackageAsync(functionAccess, request.FunctionId, request.Version, cancellationToken);
        var zip = packageArchive.CreateZip(packageArchive.Read(stored.Content!));
        return new PackageDownloadDto($"{stored.FunctionName}-v{stored.Version}.zip", zip);
    }
}
