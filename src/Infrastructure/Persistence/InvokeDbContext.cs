using System.Reflection;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.ApiGateway;
using Invoke.Domain.ApiKeys;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using Invoke.Domain.KeyValueStore;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.Projects;
using Invoke.Domain.Sessions;
using Invoke.Domain.Settings;
using Invoke.Domain.Users;
using Invoke.Infrastructure.ExecutionLogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Npgsql;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// The Invoke database: the original platform's schema (table, column, constraint and index names included)
/// plus Invoke's own tables. Configure it with <see cref="InvokeDbContextOptionsBuilderExtensions.UseInvokeDatabase"/>.
/// </summary>
public sealed class InvokeDbContext(DbContextOptions<InvokeDbContext> options) : DbContext(options), IApplicationDbContext
{
    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMembership> ProjectMemberships => Set<ProjectMembership>();

    public DbSet<ProjectKvEntry> ProjectKvEntries => Set<ProjectKvEntry>();

    public DbSet<ProjectKvUsage> ProjectKvUsages => Set<ProjectKvUsage>();

    public DbSet<ProjectEnvironmentVariable> ProjectEnvironmentVariables => Set<ProjectEnvironmentVariable>();

    public DbSet<Function> Functions => Set<Function>();

    public DbSet<FunctionEnvironmentVariable> FunctionEnvironmentVariables => Set<FunctionEnvironmentVariable>();

    public DbSet<ExecutionLog> ExecutionLogs => Set<ExecutionLog>();

    public DbSet<GlobalSetting> GlobalSettings => Set<GlobalSetting>();

    public DbSet<GlobalNetworkPolicy> GlobalNetworkPolicies => Set<GlobalNetworkPolicy>();

    public DbSet<ProjectNetworkPolicy> ProjectNetworkPolicies => Set<ProjectNetworkPolicy>();

    public DbSet<ApiGatewayConfig> ApiGatewayConfigs => Set<ApiGatewayConfig>();

    public DbSet<ApiGatewayRoute> ApiGatewayRoutes => Set<ApiGatewayRoute>();

    public DbSet<ApiGatewayAuthMethod> ApiGatewayAuthMethods => Set<ApiGatewayAuthMethod>();

    /// <summary>Told of every write (<see cref="WriteTrackingInterceptor"/>); set to its scope's each time a scope leases the context.</summary>
    internal WriteTracker? Writes { get; set; }

    /// <summary>Invoke saves asynchronously only; the synchronous path would bypass the steps below.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        FunctionVersionCycle.LeaveCascadeToDatabase(ChangeTracker);
        var deferred = FunctionVersionCycle.DeferNewActivations(ChangeTracker);
        try
        {
            return deferred.Count == 0
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
                : await SaveThenActivateAsync(deferred, acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation(exception) is { } violation)
        {
            throw Conflict(violation);
        }
    }

    // The original schema indexes exactly what it needs; EF's automatic foreign-key indexes would add more.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();

    /// <summary>
    /// Inserts the logs with one statement through the database function <c>append_execution_logs</c> and one JSON
    /// parameter: a batch of hundreds of logs costs a fraction of what tracking and saving each entity does
    /// (docs/adr/0036). The logs stay untracked and their ids unread.
    /// </summary>
    public Task<int> AppendExecutionLogsAsync(IEnumerable<ExecutionLog> logs, CancellationToken cancellationToken) =>
        AppendExecutionLogs(ExecutionLogRows.ToJson(logs)).Select(appended => appended.Count).SingleAsync(cancellationToken);

    /// <summary>The table-valued function behind <see cref="AppendExecutionLogsAsync"/>, mapped in the model.</summary>
    internal IQueryable<AppendedExecutionLogs> AppendExecutionLogs(string logs) => FromExpression(() => AppendExecutionLogs(logs));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InvokeDbContext).Assembly);
        modelBuilder.HasDbFunction(
                typeof(InvokeDbContext).GetMethod(nameof(AppendExecutionLogs), BindingFlags.Instance | BindingFlags.NonPublic, [typeof(string)])!)
            .HasName("append_execution_logs");
    }

    /// <summary>Two saves in one transaction: the rows first, then the new functions' active versions.</summary>
    private async Task<int> SaveThenActivateAsync(
        IReadOnlyList<(EntityEntry<Function> Function, Guid VersionId)> deferred,
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken)
    {
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        int written;
        try
        {
            // Accepted, so that the second save updates the inserted functions instead of inserting them again.
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        }
        finally
        {
            FunctionVersionCycle.Restore(deferred);
        }

        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    private static PostgresException? UniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation
            ? violation
            : null;

    private static ConflictException Conflict(PostgresException violation) =>
        new($"A record with the same value already exists ({violation.ConstraintName}).");
}
