using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Packages;
using Invoke.Application.Functions.Upload;
using Invoke.Domain.Functions;
using MediatR;

namespace Invoke.Application.Functions.Templates.Commands.CreateFunctionFromTemplate;

public sealed class CreateFunctionFromTemplateCommandHandler(
    IApplicationDbContext db, IProjectAccess projectAccess, ICurrentUser currentUser, IPackageArchive packageArchive)
    : IRequestHandler<CreateFunctionFromTemplateCommand, TemplateFunctionDto>
{
    public const string DefaultDescription = "Hello World function";

    public async Task<TemplateFunctionDto> Handle(CreateFunctionFromTemplateCommand request, CancellationToken cancellationToken)
    {
        var projectId = request.ProjectId!.Value;
        var name = request.Name!.Trim();
        var nameTaken = FunctionNameUniqueness.Conflict(name).Message;
        await db.EnsureCanCreateAsync(projectAccess, projectId, name, nameTaken, cancellationToken);

        var description = string.IsNullOrWhiteSpace(request.Description) ? DefaultDescription : request.Description.Trim();
        var function = Function.Create(projectId, name, description, currentUser.UserId);
        if (request.RequiresApiKey)
        {
            function.RequireApiKey();
        }

        var package = packageArchive.CreatePackage(HelloWorldTemplate.Files(function.Id, name, description));
        var version = function.DeployFirstVersion(package, currentUser.UserId);
        await db.SaveNewAsync(function, nameTaken, cancellationToken);
        return new TemplateFunctionDto(function.Id, function.Name, version.Version, version.FileSize);
    }
}
