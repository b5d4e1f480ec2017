using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Common;

public static class AuthMethodMapping
{
    public const string NotFoundMessage = "Auth method not found";

    public static AuthMethodDto ToDto(ApiGatewayAuthMethod method) => new(
        method.Id, method.Name, method.Type, method.Config, method.CreatedAt, method.UpdatedAt,
        AuthMethodConfigRules.Warnings(method.Type, method.Config));

    /// <summary>The auth method of the project's gateway, tracked; 404 for any other id.</summary>
    public static async Task<ApiGatewayAuthMethod> FindAuthMethodAsync(
        this IApplicationDbContext db, Guid projectId, Guid id, CancellationToken cancellationToken) =>
        await db.ApiGatewayAuthMethods
            .Where(m => m.Id == id && db.ApiGatewayConfigs.Any(c => c.Id == m.GatewayConfigId && c.ProjectId == projectId))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(NotFoundMessage);
}
