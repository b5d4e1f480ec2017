using Microsoft.AspNetCore.Authorization;

namespace Invoke.Api.Security;

/// <summary>The caller is a global administrator, as its user row says on this request.</summary>
internal sealed class AdminRequirement : AuthorizationHandler<AdminRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminRequirement requirement)
    {
        if (UserPrincipal.IsAdmin(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
