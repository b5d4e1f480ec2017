using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Options;
using Invoke.Application.Dashboard;
using Invoke.Application.Runtime;
using Invoke.Application.Schedules;
using Invoke.Application.Sessions;
using Invoke.Application.Sessions.Commands.SweepSessions;
using Invoke.Infrastructure.Caching;
using Invoke.Infrastructure.Configuration;
using Invoke.Infrastructure.ExecutionLogs;
using Invoke.Infrastructure.Identity;
using Invoke.Infrastructure.KeyValueStore;
using Invoke.Infrastructure.Maintenance;
using Invoke.Infrastructure.Networking;
using Invoke.Infrastructure.Packages;
using Invoke.Infrastructure.Persistence;
using Invoke.Infrastructure.Persistence.Seeding;
using Invoke.Infrastructure.Scheduling;
using Invoke.Infrastructure.Scripting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        // Configuration is read when the first context is built, not here: dotnet ef and test hosts change it after
        // registration, and a design-time build must not need a database.
        // Pooled: a context's internal services, model lookup and sets are set up once per pooled instance instead of
        // once per request, which the profile of an authenticated request showed as its largest CPU cost.
        // The pool is reached through its factory so that each scope can attach its own WriteTracker to the context it
        // leases (the interceptor, shared by every pooled context, finds it there); the scope returns the context to the
        // pool when it disposes it.
        services.AddPooledDbContextFactory<InvokeDbContext>((provider, options) => options
            .UseInvokeDatabase(DatabaseConnection.Resolve(provider.GetRequiredService<IConfiguration>()))
            .AddInterceptors(WriteTrackingInterceptor.Instance));
        services.AddScoped<WriteTracker>();
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<InvokeDbContext>>().CreateDbContext();
            context.Writes = provider.GetRequiredService<WriteTracker>();
            return context;
        });
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<InvokeDbContext>());
        services.AddScoped<IDatabaseHealth, DatabaseHealth>();
        services.AddScoped<IUnitOfWork, DbContextUnitOfWork>();
        services.AddRequestPipeline();
        services.AddScoped<IInitialAdminSeeder, InitialAdminSeeder>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddPackages();
        services.AddScripting();
        services.AddNetworking();
        services.AddQueryCache();

        services.AddOptions<TurnstileOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.SiteKey = configuration.GetValueOrDefault("TURNSTILE_SITE_KEY", TurnstileOptions.TestSiteKey);
                options.SecretKey = configuration["TURNSTILE_SECRET_KEY"];
            });
        services.AddHttpClient<ICaptchaVerifier, TurnstileCaptchaVerifier>(client => client.Timeout = TimeSpan.FromSeconds(10));

        services.AddOptions<DashboardOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.StatsCacheSeconds = configuration.GetValue(
                    $"{DashboardOptions.SectionName}:{nameof(DashboardOptions.StatsCacheSeconds)}",
                    DashboardOptions.DefaultStatsCacheSeconds))
            .Validate(options => options.StatsCacheSeconds >= 0, "Invoke:Dashboard:StatsCacheSeconds must not be negative.")
            .ValidateOnStart();

        // The original signs tokens with 'default-secret' when JWT_SECRET is missing; Invoke refuses to start, except in
        // Development, where a missing secret is replaced by a random one that lives as long as the process.
        services.AddOptions<JwtOptions>()
            .Configure<IConfiguration, IServiceProvider>((options, configuration, provider) =>
                options.Secret = configuration[JwtOptions.SecretKey] is { Length: > 0 } secret
                    ? secret
                    : DevelopmentJwtSecret.CreateIfDevelopment(provider))
            .Validate(
                options => options.Secret.Length >= JwtOptions.MinimumSecretLength,
                $"{JwtOptions.SecretKey} must be set to a secret of at least {JwtOptions.MinimumSecretLength} characters.")
            .Validate(
                options => options.Secret.Length < JwtOptions.MinimumSecretLength
                    || !JwtOptions.PublishedSecrets.Contains(options.Secret),
                $"{JwtOptions.SecretKey} is a placeholder published with the original platform; set a secret of your own.")
            .ValidateOnStart();
        services.AddOptions<SessionTokenOptions>()
            .BindConfiguration(SessionTokenOptions.SectionName)
            .Validate(
                options => options.AccessTokenLifetime > TimeSpan.Zero
                    && options.AccessTokenLifetime < options.RefreshTokenLifetime,
                $"{SessionTokenOptions.SectionName}: AccessTokenLifetime must be positive and shorter than RefreshTokenLifetime.")
            .Validate(
                options => options.ReuseGracePeriod >= TimeSpan.Zero,
                $"{SessionTokenOptions.SectionName}:ReuseGracePeriod must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddOptions<Gateway.GatewayTokenOptions>().BindConfiguration(Gateway.GatewayTokenOptions.SectionName);
        services.AddSingleton<Application.Runtime.Gateway.IGatewayTokenVerifier, Gateway.JwtGatewayTokenVerifier>();
        services.AddSingleton<IPasswordHasher, BcryptPasswordHasher>();
        services.AddSingleton<IPasswordStrengthEstimator, ZxcvbnPasswordStrengthEstimator>();
        services.AddScoped<ILoginThrottle, PostgresLoginThrottle>();

        services.AddOptions<ApiKeyUsageOptions>().BindConfiguration(ApiKeyUsageOptions.SectionName);
        services.AddSingleton<ApiKeyUsageBuffer>();
        services.AddSingleton<IApiKeyUsageRecorder>(provider => provider.GetRequiredService<ApiKeyUsageBuffer>());
        services.AddSingleton<ApiKeyUsageFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<ApiKeyUsageFlusher>());

        services.AddOptions<ExecutionLogOptions>()
            .BindConfiguration(ExecutionLogOptions.SectionName)
            .Validate(
                options => options is { QueueCapacity: > 0, QueueCapacityBytes: > 0, BatchSize: > 0, MaxWriteAttempts: > 0 },
                $"{ExecutionLogOptions.SectionName}: QueueCapacity, QueueCapacityBytes, BatchSize and MaxWriteAttempts must be positive.")
            .Validate(
                options => options.FlushInterval > TimeSpan.Zero && options.FlushInterval <= TimeSpan.FromDays(1)
                    && options.RetryDelay >= TimeSpan.Zero && options.RetryDelay <= TimeSpan.FromDays(1),
                $"{ExecutionLogOptions.SectionName}: FlushInterval must be positive and RetryDelay not negative, both at most a day.")
            .ValidateOnStart();
        services.AddSingleton<ExecutionLogQueue>();
        services.AddSingleton<IExecutionLogQueue>(provider => provider.GetRequiredService<ExecutionLogQueue>());
        services.AddSingleton<ExecutionLogWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<ExecutionLogWriter>());

        services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.Section)
            .Validate(
                options => TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _),
                $"{SchedulingOptions.Section}:TimeZone must be a time zone id known to this system, such as UTC or Europe/Paris.")
            .ValidateOnStart();
        services.AddSingleton<ICronSchedule, CronosSchedule>();
        services.AddScheduledRuns();

        services.AddOptions<MaintenanceOptions>()
            .BindConfiguration(MaintenanceOptions.SectionName)
            .Validate(options => options.Interval > TimeSpan.Zero, $"{MaintenanceOptions.SectionName}:Interval must be positive.")
            .ValidateOnStart();
        services.AddSingleton(new MaintenanceJob(
            "session sweep", (mediator, cancellationToken) => mediator.Send(new SweepSessionsCommand(), cancellationToken)));
        services.AddKeyValueStoreMaintenance();
        services.AddHostedService<MaintenanceRunner>();

        return services;
    }
}
