using Invoke.Application.Schedules;
using Invoke.Infrastructure.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Invoke.Infrastructure.IntegrationTests.Scheduling;

public sealed class SchedulingOptionsTests
{
    [Fact]
    public void CronSchedule_WhenNoZoneIsConfigured_ShouldReadExpressionsInUtc()
    {
        using var services = Services();

        var next = services.GetRequiredService<ICronSchedule>()
            .NextOccurrence("0 9 * * *", new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void CronSchedule_WhenAZoneIsConfigured_ShouldReadExpressionsInIt()
    {
        using var services = Services(("Invoke:Scheduling:TimeZone", "Asia/Tokyo"));

        var next = services.GetRequiredService<ICronSchedule>()
            .NextOccurrence("0 9 * * *", new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 7, 2, 0, 0, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void Options_WhenTheZoneIsUnknown_ShouldFailWithTheSettingsName()
    {
        using var services = Services(("Invoke:Scheduling:TimeZone", "Mars/Olympus_Mons"));

        var failure = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<SchedulingOptions>>().Value);

        Assert.Contains("Invoke:Scheduling:TimeZone", failure.Message);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddInfrastructure()
            .AddSingleton(TimeProvider.System)
            .BuildServiceProvider();
    }
}
