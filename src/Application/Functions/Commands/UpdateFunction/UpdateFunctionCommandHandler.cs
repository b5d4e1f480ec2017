using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Functions.Common;
using Invoke.Application.Settings;
using Mapster;
using MediatR;

namespace Invoke.Application.Functions.Commands.UpdateFunction;

public sealed class UpdateFunctionCommandHandler(
    IApplicationDbContext db, FunctionAccess functionAccess, TypeAdapterConfig mapping)
    : IRequestHandler<UpdateFunctionCommand, FunctionRowDto>
{
    public const string AccessDeniedMessage = "Insufficient project permissions to update function";

    public async Task<FunctionRowDto> Handle(UpdateFunctionCommand request, CancellationToken cancellationToken)
    {
        var function = await functionAccess.GetAsync(request.FunctionId, cancellationToken, AccessDeniedMessage);

        var name = request.Name?.Trim() ?? function.Name;
        if (name != function.Name && function.ProjectId is { } projectId)
        {
            await db.Functions.EnsureNameIsFreeAsync(projectId, name, function.Id, cancellationToken);
        }

        function.UpdateDetails(name, request.Description ?? function.Description);

        switch (request.RequiresApiKey)
        {
            case true:
                function.RequireApiKey();
                break;
            case false:
                function.StopRequiringApiKey();
                break;
        }

        switch (request.IsActive)
        {
            case true:
                function.Activate();
                break;
            case false:
                function.Deactivate();
                break;
        }

        if (request.ChangesLimits)
        {
            var policy = await db.GlobalSettings.ReadExecutionLimitPolicyAsync(cancellationToken);
            policy.EnsureAllowed(request.CustomTimeoutSeconds, request.CustomMemoryMb);
            function.SetCustomLimits(
                request.CustomTimeoutEnabled ?? function.CustomTimeoutEnabled,
                request.CustomTimeoutSeconds ?? function.CustomTimeoutSeconds,
                request.CustomMemoryEnabled ?? function.CustomMemoryEnabled,
                request.CustomMemoryMb ?? function.CustomMemoryMb);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            throw FunctionNameUniqueness.Conflict(name);
        }

        return function.Adapt<FunctionRowDto>(mapping);
    }
}
