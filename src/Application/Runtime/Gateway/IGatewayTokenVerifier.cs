namespace Invoke.Application.Runtime.Gateway;

/// <summary>Checks the bearer token of a gateway request against a <c>bearer_jwt</c> auth method's config.</summary>
public interface IGatewayTokenVerifier
{
    /// <param name="config">The auth method's config JSON (<c>jwtMode</c> and its settings).</param>
    Task<GatewayTokenVerdict> VerifyAsync(string token, string config, CancellationToken cancellationToken);
}

/// <param name="Claims">The token's payload as JSON, when valid.</param>
/// <param name="Failure">Why the token is refused, for the log only.</param>
public sealed record GatewayTokenVerdict(bool Valid, string? Subject, string? Claims, string? Failure)
{
    public static GatewayTokenVerdict Refused(string failure) => new(false, null, null, failure);
}
