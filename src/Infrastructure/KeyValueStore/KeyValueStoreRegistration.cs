using Invoke.Application.KeyValueStore;
using Invoke.Application.KeyValueStore.Commands.SweepExpiredKvEntries;
using Invoke.Infrastructure.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.KeyValueStore;

internal static class KeyValueStoreRegistration
{
    public static IServiceCollection AddKeyValueStoreMaintenance(this IServiceCollection services)
    {
        services.AddOptions<KeyValueStoreOptions>()
            .BindConfiguration(KeyValueStoreOptions.SectionName)
            .Validate(
                options => options is { MaxValueBytes: > 0, SweepBatchSize: > 0 },
                $"{KeyValueStoreOptions.SectionName}: MaxValueBytes and SweepBatchSize must be positive.")
            .ValidateOnStart();
        services.AddSingleton(new MaintenanceJob(
            "expired key-value sweep", (mediator, cancellationToken) => mediator.Send(new SweepExpiredKvEntriesCommand(), cancellationToken)));
        return services;
    }
}
