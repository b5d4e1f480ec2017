using Invoke.Api.Hosting;

namespace Invoke.Api.Execution;

internal static class ExecutionRoleRegistration
{
    public static IServiceCollection AddExecutionRole(this IServiceCollection services, InvokeRoles roles)
    {
        services.AddSingleton(roles);
        services.AddSingleton<InvocationHttp>();
        services.AddSingleton<Gateway.GatewayRouter>();
        services.AddSingleton<Gateway.GatewayAuthenticator>();
        services.AddSingleton<Gateway.GatewayHttp>();
        if (roles.Execution)
        {
            services.AddHostedService<RuntimeWarmUp>();
        }

        return services;
    }
}
