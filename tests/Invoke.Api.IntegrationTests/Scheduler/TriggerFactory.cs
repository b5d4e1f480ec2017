namespace Invoke.Api.IntegrationTests.Scheduler;

/// <summary>An execution instance without the scheduler role: only the trigger endpoint starts scheduled runs.</summary>
public sealed class TriggerFactory : SchedulerFactory
{
    protected override string Roles => "admin,execution";
}
