using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Common;

/// <summary>
/// A route or auth method may only point at its own project's functions and auth methods (the original accepted any
/// id, so one project's gateway could run another project's function).
/// </summary>
public static class GatewayReferences
{
    public const string FunctionOfOtherProjectMessage = "functionId must be a function of this project";
    public const string AuthMethodOfOtherProjectMessage = "authMethodIds must be auth methods of this project";

    public static async Task<bool> IsFunctionOfProjectAsync(
        this IApplicationDbContext db, Guid functionId, Guid projectId, CancellationToken cancellationToken) =>
        await db.Functions.AnyAsync(f => f.Id == functionId && f.ProjectId == projectId, cancellationToken);

    public static async Task EnsureFunctionOfProjectAsync(
        this IApplicationDbContext db, Guid? functionId, Guid projectId, CancellationToken cancellationToken)
    {
        if (functionId is { } id && !await db.IsFunctionOfProjectAsync(id, projectId, cancellationToken))
        {
            throw new BadRequestException(FunctionOfOtherProjectMessage, "functionId");
        }
    }

    public static async Task EnsureAuthMethodsOfConfigAsync(
        this IApplicationDbContext db, IReadOnlyList<Guid>? authMethodIds, Guid configId, CancellationToken cancellationToken)
    {
        if (authMethodIds is not { Count: > 0 })
        {
            return;
        }

        var distinct = authMethodIds.Distinct().ToList();
        var found = await db.ApiGatewayAuthMethods.CountAsync(
            m => distinct.Contains(m.Id) && m.GatewayConfigId == configId, cancellationToken);
        if (found != distinct.Count)
        {
            throw new BadRequestException(AuthMethodOfOtherProjectMessage, "authMethodIds");
        }
    }
}
