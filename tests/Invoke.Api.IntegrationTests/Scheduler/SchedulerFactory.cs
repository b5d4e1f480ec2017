using Invoke.Api.IntegrationTests.Execution;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Scheduler;
using Invoke.Domain.Functions;
using Invoke.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>
/// An instance on real sockets whose clock is <see cref="Time"/>: schedules come due when a test advances it, never by
/// waiting. <see cref="Roles"/> chooses whether it runs the scheduler.
/// </summary>
public class SchedulerFactory : ExecutionRoleFactory
{
    /// <summary>Half a minute before a whole minute, so that a test's first slot is the next minute.</summary>
    public FakeTimeProvider Time { get; } = new(StartOfNextMinute(DateTimeOffset.UtcNow).AddSeconds(-30));

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <summary>The next whole minute of the fake clock.</summary>
    public DateTime NextMinute => StartOfNextMinute(Time.GetUtcNow()).UtcDateTime;

    public SchedulerMetrics Metrics => Services.GetRequiredService<SchedulerMetrics>();

    protected virtual string Roles => "admin,execution,scheduler";

    /// <summary>
    /// <paramref name="count"/> functions of one new project running <paramref name="indexJs"/> on
    /// <paramref name="cron"/>, next due at <paramref name="next"/>.
    /// </summary>
    public async Task<Guid[]> DeployScheduledAsync(int count, string indexJs, string cron, DateTime next)
    {
        var project = await this.CreateProjectAsync();
        var package = TestArchives.Tarball([("index.js", indexJs)]);
        var functions = Enumerable.Range(0, count)
            .Select(_ => Function.Create(project.Id, IdentityData.UniqueName("scheduled"), null, deployedBy: null))
            .ToList();
        await this.ExecuteDbAsync(async context =>
        {
            context.Functions.AddRange(functions);
            await context.SaveChangesAsync();
            foreach (var function in functions)
            {
                function.ActivateVersion(function.AddVersion(package, null).Id);
                function.Activate();
                function.ConfigureSchedule(true, cron, next);
            }

            await context.SaveChangesAsync();
        });
        return [.. functions.Select(f => f.Id)];
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SharedSettings.Apply(builder, Roles);
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Time);

    private static DateTimeOffset StartOfNextMinute(DateTimeOffset at) =>
        new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
}
