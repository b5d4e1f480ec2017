using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Auth.Probes;

public sealed class SecurityProbeApiFactory : InvokeApiFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddControllers().AddApplicationPart(typeof(SecurityProbeController).Assembly);
}
