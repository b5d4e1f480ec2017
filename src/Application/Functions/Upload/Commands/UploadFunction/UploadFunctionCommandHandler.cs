using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Packages;
using Invoke.Domain.Functions;
using Mapster;
using MediatR;

namespace Invoke.Application.Functions.Upload.Commands.UploadFunction;

public sealed class UploadFunctionCommandHandler(
    IApplicationDbContext db,
    IProjectAccess projectAccess,
    ICurrentUser currentUser,
    IPackageArchive packageArchive,
    TypeAdapterConfig mapping)
    : IRequestHandler<UploadFunctionCommand, UploadedFunctionDto>
{
    public const string DefaultDescription = "Uploaded function package";

    public static string NameTakenMessage(string name) =>
        $"Function with name \"{name}\" already exists. Use the update function feature to modify existing functions.";

    public async Task<UploadedFunctionDto> Handle(UploadFunctionCommand request, CancellationToken cancellationToken)
    {
        var projectId = Guid.Parse(request.ProjectId!);
        var archive = request.Archive!;
        var name = (string.IsNullOrWhiteSpace(request.Name) ? archive.BaseName : request.Name).Trim();
        await db.EnsureCanCreateAsync(projectAccess, projectId, name, NameTakenMessage(name), cancellationToken);

        var package = packageArchive.Normalise(archive.Content);
        var description = string.IsNullOrWhiteSpace(request.Description) ? DefaultDescription : request.Description.Trim();
        var function = Function.Create(projectId, name, description, currentUser.UserId);
        if (request.RequiresApiKey)
        {
            function.RequireApiKey();
        }

        var version = function.DeployFirstVersion(package, currentUser.UserId);
        await db.SaveNewAsync(function, NameTakenMessage(name), cancellationToken);

        return function.Adapt<UploadedFunctionDto>(mapping) with
        {
            Version = version.Version,
            FileSize = version.FileSize,
            PackageHash = version.PackageHash,
        };
    }
}
