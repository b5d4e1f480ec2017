using System.Text.Json;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.ApiGateway;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.ApiGateway.Common;

/// <summary>The checks of an auth method write, in the original's order and with its messages.</summary>
public static class AuthMethodInput
{
    public const string NameRequiredMessage = "name is required";
    public const string DuplicateNameMessage = "An auth method with this name already exists in this project";

    public static void EnsureType(string? type)
    {
        if (type is null || !AuthMethodType.All.Contains(type))
        {
            throw new BadRequestException(AuthMethodConfigRules.TypeMessage, "type");
        }
    }

    /// <summary>The config's shape, then that a middleware function is one of the project's own.</summary>
    public static async Task EnsureConfigAsync(
        IApplicationDbContext db, Guid projectId, string type, string? configJson, CancellationToken cancellationToken)
    {
        string? problem;
        Guid? middlewareFunction = null;
        try
        {
            using var document = JsonDocument.Parse(configJson ?? "null");
            problem = AuthMethodConfigRules.Problem(type, document.RootElement);
            if (problem is null && type == AuthMethodType.Middleware)
            {
                middlewareFunction = Guid.TryParse(AuthMethodConfigRules.Text(document.RootElement, "functionId"), out var id) ? id : Guid.Empty;
            }
        }
        catch (JsonException)
        {
            problem = "config must be an object";
        }

        if (problem is null && middlewareFunction is { } functionId
            && !await db.IsFunctionOfProjectAsync(functionId, projectId, cancellationToken))
        {
            problem = "middleware functionId must be a function of this project";
        }

        if (problem is not null)
        {
            throw new BadRequestException($"Invalid config: {problem}", "config");
        }
    }

    public static async Task EnsureUniqueNameAsync(
        IApplicationDbContext db, Guid configId, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.ApiGatewayAuthMethods.AnyAsync(
                m => m.GatewayConfigId == configId && m.Name == name && m.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(DuplicateNameMessage);
        }
    }
}
