using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Models;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Invoke.Api.IntegrationTests.Startup;

public sealed class SeedingApiFactory : InvokeApiFactory
{
    public IInitialAdminSeeder Seeder { get; } = Substitute.For<IInitialAdminSeeder>();

    public SeedingApiFactory() =>
        Seeder.EnsureInitialAdminAsync(Arg.Any<CancellationToken>())
            .Returns(new InitialAdminCredentials("admin", "admin@invoke.local", "s3cret-Passw0rd!"));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(Seeder);
}
