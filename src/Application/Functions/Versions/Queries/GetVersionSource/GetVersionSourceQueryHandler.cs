using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Versions.Queries.GetVersionSource;

public sealed class GetVersionSourceQueryHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, IPackageArchive packageArchive)
    : IRequestHandler<GetVersionSourceQuery, VersionSourceDto>
{
    public async Task<VersionSourceDto> Handle(GetVersionSourceQuery request, CancellationToken cancellationToken)
    {
        var stored = await db.GetStoredPackageAsync(functionAccess, request.FunctionId, VersionReference.OfId(request.VersionId), cancellationToken);
        var files = SourceTree.Build(packageArchive.Read(stored.Content!));
        return new VersionSourceDto(
            stored.FunctionId, stored.VersionId, stored.Version, stored.FunctionName, stored.ProjectId, stored.ProjectName, files);
    }
}
