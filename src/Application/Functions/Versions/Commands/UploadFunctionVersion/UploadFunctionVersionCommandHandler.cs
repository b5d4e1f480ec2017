using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;

public sealed class UploadFunctionVersionCommandHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, IPackageArchive packageArchive, ICurrentUser currentUser)
    : IRequestHandler<UploadFunctionVersionCommand, UploadedVersionDto>
{
    public async Task<UploadedVersionDto> Handle(UploadFunctionVersionCommand request, CancellationToken cancellationToken)
    {
        // Access first, so the archive is only looked at for callers who may change the function; the versions are
        // read after the archive, which keeps the window in which a concurrent upload can take the number short.
        await functionAccess.EnsureAsync(request.FunctionId, cancellationToken);
        var package = packageArchive.Normalise(request.Archive!.Content);
        var function = await db.GetWithVersionsAsync(functionAccess, request.FunctionId, cancellationToken);

        var version = function.AddVersion(package, currentUser.UserId);
        if (request.Activate)
        {
            function.ActivateVersion(version.Id);
            function.Activate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UploadedVersionDto(version.Id, version.Version, function.Id);
    }
}
