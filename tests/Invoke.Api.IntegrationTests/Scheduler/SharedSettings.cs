using Microsoft.AspNetCore.Hosting;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>What every scheduler test instance shares.</summary>
internal static class SharedSettings
{
    public static void Apply(IWebHostBuilder builder, string roles)
    {
        builder.UseSetting("Invoke:Roles", roles);
        // Each log row written as soon as it is queued: the tests count rows without advancing the clock for a flush.
        builder.UseSetting("Invoke:ExecutionLogs:BatchSize", "1");
    }
}
