using Invoke.Application.Runtime.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.Scripting;

internal static class ScriptingRegistration
{
    public static IServiceCollection AddScripting(this IServiceCollection services)
    {
        services.AddOptions<ExecutionOptions>().BindConfiguration(ExecutionOptions.SectionName);
        services.AddSingleton<SandboxScripts>();
        services.AddSingleton<WarmEngines>();
        services.AddSingleton<IFunctionRuntime, JintFunctionRuntime>();
        return services;
    }
}
