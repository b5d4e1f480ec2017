using Invoke.Application.Runtime.Egress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Invoke.Infrastructure.Networking;

internal static class NetworkingRegistration
{
    public static IServiceCollection AddNetworking(this IServiceCollection services)
    {
        services.AddOptions<EgressOptions>()
            .BindConfiguration(EgressOptions.SectionName)
            .Validate(
                options => options is { MaxConnectionsPerInvocation: > 0, MaxBytesPerInvocation: > 0 }
                    && options.ConnectTimeout > TimeSpan.Zero && options.ReadTimeout > TimeSpan.Zero,
                $"{EgressOptions.SectionName}: the limits and timeouts must be positive.")
            .Validate(
                options => options.LiftedBuiltInDenies.All(c => Domain.NetworkPolicies.Egress.BuiltInDenyList.Categories.Contains(c.Trim().ToLowerInvariant())),
                $"{EgressOptions.SectionName}:LiftedBuiltInDenies names a category the built-in deny list does not have.")
            .ValidateOnStart();
        services.AddOptions<EgressTlsOptions>();
        services.TryAddSingleton<IHostResolver, SystemHostResolver>();
        services.AddSingleton<IOwnEndpoints, DatabaseEndpoint>();
        services.AddSingleton<EgressPolicies>();
        services.AddSingleton<IEgressPolicySource, ProjectEgressPolicies>();
        services.AddSingleton<EgressTls>();
        services.AddSingleton<ProjectConnectionPools>();
        services.AddSingleton<EgressServices>();
        services.AddSingleton<PlatformHttpClient>();
        return services;
    }
}
