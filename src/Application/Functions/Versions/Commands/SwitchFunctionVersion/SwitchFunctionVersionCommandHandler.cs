using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using MediatR;

namespace Invoke.Application.Functions.Versions.Commands.SwitchFunctionVersion;

public sealed class SwitchFunctionVersionCommandHandler(IApplicationDbContext db, FunctionAccess functionAccess)
    : IRequestHandler<SwitchFunctionVersionCommand, SwitchedVersionDto>
{
    public async Task<SwitchedVersionDto> Handle(SwitchFunctionVersionCommand request, CancellationToken cancellationToken)
    {
        var function = await db.GetWithVersionsAsync(functionAccess, request.FunctionId, cancellationToken);
        var version = function.Versions.SingleOrDefault(v =>
                          request.VersionId is { } id ? v.Id == id : v.Version == request.VersionNumber)
                      ?? throw new NotFoundException(VersionedFunctions.VersionNotFoundMessage);

        // As in the original: switching also (re)activates the function, so the chosen version runs.
        function.ActivateVersion(version.Id);
        function.Activate();
        await db.SaveChangesAsync(cancellationToken);
        return new SwitchedVersionDto(function.Id, version.Id, version.Version);
    }
}
