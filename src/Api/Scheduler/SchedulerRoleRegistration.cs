using Invoke.Api.Hosting;
using Invoke.Infrastructure.Scheduling;

namespace Invoke.Api.Scheduler;

internal static class SchedulerRoleRegistration
{
    public static IServiceCollection AddSchedulerRole(this IServiceCollection services, InvokeRoles roles) =>
        roles.Scheduler ? services.AddSchedulerRole() : services;
}
