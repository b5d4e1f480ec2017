using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.ApiGateway;
using Invoke.Domain.ApiKeys;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using Invoke.Domain.KeyValueStore;
using Invoke.Domain.NetworkPolicies;
using Invoke.Domain.Projects;
using Invoke.Domain.Settings;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
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

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMembership> ProjectMemberships => Set<ProjectMembership>();

    public DbSet<ProjectKvEntry> ProjectKvEntries => Set<ProjectKvEntry>();

    public DbSet<Function> Functions => Set<Function>();

    public DbSet<FunctionEnvironmentVariable> FunctionEnvironmentVariables => Set<FunctionEnvironmentVariable>();

    public DbSet<ExecutionLog> ExecutionLogs => Set<ExecutionLog>();

    public DbSet<GlobalSetting> GlobalSettings => Set<GlobalSetting>();

    public DbSet<GlobalNetworkPolicy> GlobalNetworkPolicies => Set<GlobalNetworkPolicy>();

    public DbSet<ProjectNetworkPolicy> ProjectNetworkPolicies => Set<ProjectNetworkPolicy>();

    public DbSet<ApiGatewayConfig> ApiGatewayConfigs => Set<ApiGatewayConfig>();

    public DbSet<ApiGatewayRoute> ApiGatewayRoutes => Set<ApiGatewayRoute>();

    public DbSet<ApiGatewayAuthMethod> ApiGatewayAuthMethods => Set<ApiGatewayAuthMethod>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException exception) when (UniqueViolation(exception) is { } violation)
        {
            throw Conflict(violation);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation(exception) is { } violation)
        {
            throw Conflict(violation);
        }
    }

    // The original schema indexes exactly what it needs; EF's automatic foreign-key indexes would add more.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InvokeDbContext).Assembly);

    private static PostgresException? UniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation
            ? violation
            : null;

    private static ConflictException Conflict(PostgresException violation) =>
        new($"A record with the same value already exists ({violation.ConstraintName}).");
}
