using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Infrastructure;
using Invoke.Infrastructure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Invoke.Api.IntegrationTests.Auth.Identity;

/// <summary>What JwtSecretTests (length) leaves out: published placeholders and the Development fallback.</summary>
public sealed class JwtSecretPolicyTests
{
    [Theory]
    [InlineData("your_jwt_secret_change_in_production")]
    [InlineData("YOUR_SUPER_SECRET_JWT_KEY_CHANGE_THIS_IN_PRODUCTION")]
    public void Startup_WhenSecretIsAPublishedPlaceholder_ShouldRefuseToStart(string secret)
    {
        using var services = InfrastructureServices(secret, Environments.Production);

        var exception = Assert.Throws<OptionsValidationException>(() =>
            services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
            "JWT_SECRET is a placeholder published with the original platform; set a secret of your own.",
            exception.Message);
    }

    [Fact]
    public void Startup_WhenSecretIsMissingInDevelopment_ShouldUseARandomSecretOfFullLength()
    {
        using var services = InfrastructureServices(null, Environments.Development);

        services.GetRequiredService<IStartupValidator>().Validate();

        var secret = services.GetRequiredService<IOptions<JwtOptions>>().Value.Secret;
        Assert.True(secret.Length >= JwtOptions.MinimumSecretLength);
        using var other = InfrastructureServices(null, Environments.Development);
        Assert.NotEqual(secret, other.GetRequiredService<IOptions<JwtOptions>>().Value.Secret);
    }

    [Fact]
    public void Startup_WhenSecretIsMissingInProduction_ShouldStillRefuse()
    {
        using var services = InfrastructureServices(null, Environments.Production);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    private static ServiceProvider InfrastructureServices(string? secret, string environment)
    {
        var configuration = secret is null ? TestConfiguration.From() : TestConfiguration.From((JwtOptions.SecretKey, secret));
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new TestEnvironment(environment))
            .AddLogging()
            .AddInfrastructure()
            .BuildServiceProvider();
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Invoke.Api";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
