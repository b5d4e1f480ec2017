using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Packages;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.CreateVersionFromSource;

public sealed class CreateVersionFromSourceCommandHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, IPackageArchive packageArchive, ICurrentUser currentUser)
    : IRequestHandler<CreateVersionFromSourceCommand, CreatedVersionDto>
{
    public async Task<CreatedVersionDto> Handle(CreateVersionFromSourceCommand request, CancellationToken cancellationToken)
    {
        var function = await db.GetWithVersionsAsync(functionAccess, request.FunctionId, cancellationToken);
        var package = packageArchive.CreatePackage(SourceTree.Flatten(request.Files!));

        var version = function.AddVersion(package, currentUser.UserId);
        if (request.SetActive)
        {
            function.ActivateVersion(version.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CreatedVersionDto(version.Id, version.Version, version.FileSize, request.SetActive);
    }
}
