using Invoke.Api.Controllers;
using Invoke.Api.Security;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Auth.Probes;

/// <summary>
/// Lives only in the test assembly (<see cref="SecurityProbeApiFactory"/> adds it): one endpoint per policy, and the
/// project access checks, seen exactly as a handler sees them.
/// </summary>
[Route("api/security-probe")]
public sealed class SecurityProbeController(ICurrentUser currentUser, IProjectAccess projectAccess) : ApiControllerBase
{
    [HttpGet("jwt")]
    [Authorize(Policy = AuthorizationPolicies.Jwt)]
    public ObjectResult Jwt() => Envelope(Caller());

    [HttpGet("jwt-or-api-key")]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    public ObjectResult JwtOrApiKey() => Envelope(Caller());

    [HttpGet("admin")]
    [Authorize(Policy = AuthorizationPolicies.Admin)]
    public ObjectResult Admin() => Envelope(Caller());

    [HttpGet("anonymous")]
    public ObjectResult Anonymous() => Envelope(new { currentUser.IsAuthenticated, currentUser.IsAdmin, currentUser.ViaApiKey });

    [HttpGet("anonymous/user-id")]
    public ObjectResult AnonymousUserId() => Envelope(currentUser.UserId);

    [HttpGet("projects/{projectId:guid}/role")]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    public async Task<ObjectResult> Role(Guid projectId, CancellationToken cancellationToken) =>
        Envelope(await projectAccess.GetRoleAsync(projectId, cancellationToken));

    [HttpGet("projects/{projectId:guid}/member")]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    public async Task<ObjectResult> Member(Guid projectId, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureMemberAsync(projectId, cancellationToken);
        return Envelope("member");
    }

    [HttpGet("projects/{projectId:guid}/owner")]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    public async Task<ObjectResult> Owner(Guid projectId, CancellationToken cancellationToken)
    {
        await projectAccess.EnsureOwnerAsync(projectId, cancellationToken);
        return Envelope("owner");
    }

    [HttpGet("projects")]
    [Authorize(Policy = AuthorizationPolicies.JwtOrApiKey)]
    public async Task<ObjectResult> Accessible(CancellationToken cancellationToken) =>
        Envelope(await projectAccess.AccessibleProjectIds().OrderBy(id => id).ToListAsync(cancellationToken));

    private object Caller() => new
    {
        currentUser.UserId,
        currentUser.Username,
        currentUser.Email,
        currentUser.IsAdmin,
        currentUser.ViaApiKey,
    };
}
