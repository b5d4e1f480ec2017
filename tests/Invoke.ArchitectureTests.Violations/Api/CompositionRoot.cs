using Invoke.ArchitectureTests.Violations.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.ArchitectureTests.Violations.Api;

// Allowed: the Api's composition root wires Infrastructure; only controllers must stay away from it.
public static class CompositionRoot
{
    public static IServiceCollection AddWidgets(this IServiceCollection services) =>
        services.AddSingleton<InfrastructureService>();
}
