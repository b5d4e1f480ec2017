using Invoke.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Probes;

public sealed class ProbeApiFactory : InvokeApiFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddControllers().AddApplicationPart(typeof(ProbeController).Assembly);
}
