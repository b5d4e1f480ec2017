using Invoke.Application.Common.Interfaces;
using Invoke.Application.Health.Queries.GetHealth;
using Mapster;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Invoke.Application.UnitTests.Pipeline;

public sealed class DependencyInjectionTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    // Not validated on build: Application handlers depend on ports that only Infrastructure implements.
    private static readonly ServiceProviderOptions Scoped = new() { ValidateScopes = true };

    [Fact]
    public async Task AddMediatR_WhenBehavioursAreRegistered_ShouldWrapTheHandlerInRegistrationOrder()
    {
        var services = new ServiceCollection()
            .AddScoped<Trace>()
            .AddMediatR(typeof(TracedRequest).Assembly)
            .AddTransient(typeof(IPipelineBehavior<,>), typeof(OuterBehaviour<,>))
            .AddTransient(typeof(IPipelineBehavior<,>), typeof(InnerBehaviour<,>));
        using var provider = services.BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        var response = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TracedRequest("you"));

        Assert.Equal("hello you", response);
        Assert.Equal(["outer>", "inner>", "handler", "<inner", "<outer"], scope.ServiceProvider.GetRequiredService<Trace>().Steps);
    }

    [Fact]
    public async Task AddApplication_WhenAQueryIsSent_ShouldReachItsHandler()
    {
        var databaseHealth = Substitute.For<IDatabaseHealth>();
        databaseHealth.CanConnectAsync(Arg.Any<CancellationToken>()).Returns(true);
        using var provider = ApplicationServices().AddSingleton(databaseHealth).BuildServiceProvider(Scoped);
        using var scope = provider.CreateScope();

        var health = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetHealthQuery());

        Assert.Equal(HealthDto.DatabaseOk, health.Database);
    }

    [Fact]
    public void AddApplication_MappingConfiguration_ShouldCompile()
    {
        using var provider = ApplicationServices().BuildServiceProvider(Scoped);

        var config = provider.GetRequiredService<TypeAdapterConfig>();

        Assert.NotSame(TypeAdapterConfig.GlobalSettings, config);
        config.Compile();
    }

    private static IServiceCollection ApplicationServices() =>
        new ServiceCollection().AddLogging().AddApplication();
}
