using System.Reflection;
using FluentValidation;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using Invoke.Application.KeyValueStore;
using Invoke.Application.Runtime.Execution;
using Invoke.Application.Sessions;
using Mapster;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Invoke.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        // The pipeline behaviours, this layer's and Infrastructure's, are registered in one ordered list by
        // Infrastructure's RequestPipeline.
        services.AddMediatR(assembly);
        services.AddValidatorsFromAssembly(assembly);
        services.AddScoped<FunctionAccess>();
        services.AddScoped<IProjectAccess, ProjectAccess>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<KvStorage>();
        services.AddSingleton<IFunctionKeyValueStore, FunctionKeyValueStore>();
        services.AddSingleton<PackageFileCache>();
        services.AddSingleton<InvocationSlots>();
        services.AddSingleton(CreateMappingConfig(assembly));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// MediatR 5.1.0 has no DI package: this is its whole registration (see docs/adr/0002).
    /// </summary>
    internal static IServiceCollection AddMediatR(this IServiceCollection services, params Assembly[] assemblies)
    {
        // Resolving from the current scope lets handlers take scoped services such as the DbContext.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        Type[] handlerInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>)];
        var handlers = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false });

        foreach (var handler in handlers)
        {
            foreach (var service in handler.GetInterfaces().Where(i =>
                         i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(service, handler);
            }
        }

        return services;
    }

    // A private config rather than TypeAdapterConfig.GlobalSettings: handlers pass it to ProjectToType/Adapt
    // explicitly, and tests never share mutable global mapping state.
    private static TypeAdapterConfig CreateMappingConfig(Assembly assembly)
    {
        var config = new TypeAdapterConfig();
        config.Scan(assembly);
        return config;
    }
}
