using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// Applies pending migrations and seeds the first administrator before the server accepts requests: hosted services
/// start before the web server. <c>dotnet ef</c> builds the host without starting it, so this never runs at design
/// time. A database that cannot be migrated stops the startup.
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopeFactory, ILogger<DatabaseInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<InvokeDbContext>();
        // On a new database EF's first probe of the history table fails and is logged as an error, which reads like
        // a fault on every first start; creating the database and the table first (both IF NOT EXISTS) avoids it.
        var databaseCreator = dbContext.GetService<IRelationalDatabaseCreator>();
        if (!await databaseCreator.ExistsAsync(cancellationToken))
        {
            await databaseCreator.CreateAsync(cancellationToken);
        }

        await dbContext.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await dbContext.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database schema is up to date");

        var seeder = scope.ServiceProvider.GetRequiredService<IInitialAdminSeeder>();
        var credentials = await seeder.EnsureInitialAdminAsync(cancellationToken);
        if (credentials is not null)
        {
            // The console, not the log: the password is shown once to whoever started the server and must not
            // travel to log sinks.
            await Console.Out.WriteLineAsync(InitialAdminBanner.Format(credentials));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
