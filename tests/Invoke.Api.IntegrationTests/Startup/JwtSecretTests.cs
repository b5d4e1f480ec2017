using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Infrastructure;
using Invoke.Infrastructure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Invoke.Api.IntegrationTests.Startup;

// Checked through IStartupValidator, which Host.StartAsync runs before anything else, rather than by starting the
// API: when startup fails, Program's app.Run() disposes the host while WebApplicationFactory may still be reading its
// services, so the factory reports either this error or an ObjectDisposedException.
public sealed class JwtSecretTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("default-secret")]
    [InlineData("0123456789012345678901234567890")]
    public void Startup_WhenJwtSecretIsMissingOrShort_ShouldRefuseToStart(string? secret)
    {
        using var services = InfrastructureServices(secret);

        var exception = Assert.Throws<OptionsValidationException>(() =>
            services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("JWT_SECRET must be set to a secret of at least 32 characters.", exception.Message);
    }

    [Fact]
    public void Startup_WhenJwtSecretHas32Characters_ShouldStartAndExposeIt()
    {
        const string secret = "01234567890123456789012345678901";
        using var services = InfrastructureServices(secret);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(secret, services.GetRequiredService<IOptions<JwtOptions>>().Value.Secret);
    }

    private static ServiceProvider InfrastructureServices(string? secret)
    {
        var configuration = secret is null ? TestConfiguration.From() : TestConfiguration.From((JwtOptions.SecretKey, secret));
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddInfrastructure()
            .BuildServiceProvider();
    }
}
