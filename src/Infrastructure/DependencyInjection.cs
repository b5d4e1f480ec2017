using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Options;
using Invoke.Application.Schedules;
using Invoke.Infrastructure.Configuration;
using Invoke.Infrastructure.Identity;
using Invoke.Infrastructure.Packages;
using Invoke.Infrastructure.Persistence;
using Invoke.Infrastructure.Persistence.Seeding;
using Invoke.Infrastructure.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        // Configuration is read when the first context is built, not here: dotnet ef and test hosts change it after
        // registration, and a design-time build must not need a database.
        services.AddDbContext<InvokeDbContext>((provider, options) =>
            options.UseInvokeDatabase(DatabaseConnection.Resolve(provider.GetRequiredService<IConfiguration>())));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<InvokeDbContext>());
        services.AddScoped<IDatabaseHealth, DatabaseHealth>();
        services.AddScoped<IInitialAdminSeeder, InitialAdminSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddPackages();

        services.AddOptions<TurnstileOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.SiteKey = configuration.GetValueOrDefault("TURNSTILE_SITE_KEY", TurnstileOptions.TestSiteKey));

        // The original signs tokens with 'default-secret' when JWT_SECRET is missing; Invoke refuses to start.
        services.AddOptions<JwtOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.Secret = configuration[JwtOptions.SecretKey] ?? string.Empty)
            .Validate(
                options => options.Secret.Length >= JwtOptions.MinimumSecretLength,
                $"{JwtOptions.SecretKey} must be set to a secret of at least {JwtOptions.MinimumSecretLength} characters.")
            .ValidateOnStart();

        services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.Section)
            .Validate(
                options => TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _),
                $"{SchedulingOptions.Section}:TimeZone must be a time zone id known to this system, such as UTC or Europe/Paris.")
            .ValidateOnStart();
        services.AddSingleton<ICronSchedule, CronosSchedule>();

        return services;
    }
}
