using Invoke.Api.Hosting;
using Invoke.Application.Common.Interfaces;
using Invoke.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Invoke.Api.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The two authentication schemes, the policies and the current user (admin-api.md §2).</summary>
    public static IServiceCollection AddInvokeSecurity(this IServiceCollection services)
    {
        services
            .AddAuthentication()
            .AddJwtBearer(InvokeAuthenticationSchemes.Jwt, options =>
            {
                // Claim names stay as the original writes them (userId, not a mapped ClaimTypes URI).
                options.MapInboundClaims = false;
                options.EventsType = typeof(SessionTokenEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(InvokeAuthenticationSchemes.ApiKey, null);
        services.AddOptions<JwtBearerOptions>(InvokeAuthenticationSchemes.Jwt)
            .Configure<IOptions<JwtOptions>, TimeProvider>((options, jwt, timeProvider) => options.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKey = jwt.Value.CreateSigningKey(),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidateIssuer = false,
                ValidateAudience = false,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                // On the application's clock rather than the system's, with jsonwebtoken's rules and its default of no
                // clock tolerance: valid from nbf (if any) until just before exp.
                LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = timeProvider.GetUtcNow().UtcDateTime;
                    return now < expires && (notBefore is not { } start || start <= now);
                },
                NameClaimType = SessionTokenClaims.Username,
            });
        services.AddScoped<SessionTokenEvents>();
        services.AddSingleton<SessionCookies>();

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Jwt, policy => policy
                .AddAuthenticationSchemes(InvokeAuthenticationSchemes.Jwt)
                .RequireAuthenticatedUser())
            .AddPolicy(AuthorizationPolicies.JwtOrApiKey, policy => policy
                .AddAuthenticationSchemes(InvokeAuthenticationSchemes.Jwt, InvokeAuthenticationSchemes.ApiKey)
                .RequireAuthenticatedUser())
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy
                .AddAuthenticationSchemes(InvokeAuthenticationSchemes.Jwt)
                .RequireAuthenticatedUser()
                .AddRequirements(new AdminRequirement()))
            .AddPolicy(AuthorizationPolicies.AdminOrAdminApiKey, policy => policy
                .AddAuthenticationSchemes(InvokeAuthenticationSchemes.Jwt, InvokeAuthenticationSchemes.ApiKey)
                .RequireAuthenticatedUser()
                .AddRequirements(new AdminRequirement()));
        services.AddSingleton<IAuthorizationHandler, AdminRequirement>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, EnvelopeAuthorizationResultHandler>();

        // Behind a trusted reverse proxy (TRUST_PROXY; by default none is trusted), the client is in
        // X-Forwarded-For (login lockout counts client addresses), and the scheme and host it used are in
        // X-Forwarded-Proto and X-Forwarded-Host (session cookies are Secure over HTTPS; cookie writes must name this origin).
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
            TrustedProxies.Configure(options, configuration[TrustedProxies.ConfigurationKey]));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
