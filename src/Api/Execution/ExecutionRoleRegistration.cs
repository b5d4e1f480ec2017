using Invoke.Api.Hosting;

namespace Invoke.Api.Execution;

internal static class ExecutionRoleRegistration
{
    public static IServiceCollection AddExecutionRole(this IServiceCollection services, InvokeRoles roles)
    {
        services.AddSingleton(roles);
        services.AddSingleton<InvocationHttp>();
        if (roles.Execution)
        {
            services.AddHostedService<RuntimeWarmUp>();
        }

        return services;
    }
}
