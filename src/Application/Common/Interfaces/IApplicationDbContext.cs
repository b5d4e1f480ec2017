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
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// The database as the use cases see it: one set per aggregate root. Children are reached through their
/// root (function versions and packages through <see cref="Functions"/>, route settings and auth-method
/// links through <see cref="ApiGatewayRoutes"/>).
/// </summary>
/// <remarks>
/// <see cref="SaveChangesAsync"/> throws <c>ConflictException</c> when a unique constraint is violated.
/// </remarks>
public interface IApplicationDbContext
{
    DbSet<User> Users { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    DbSet<Project> Projects { get; }

    DbSet<ProjectMembership> ProjectMemberships { get; }

    DbSet<ProjectKvEntry> ProjectKvEntries { get; }

    DbSet<ProjectKvUsage> ProjectKvUsages { get; }

    DbSet<ProjectEnvironmentVariable> ProjectEnvironmentVariables { get; }

    DbSet<Function> Functions { get; }

    DbSet<FunctionEnvironmentVariable> FunctionEnvironmentVariables { get; }

    DbSet<ExecutionLog> ExecutionLogs { get; }

    DbSet<GlobalSetting> GlobalSettings { get; }

    DbSet<GlobalNetworkPolicy> GlobalNetworkPolicies { get; }

    DbSet<ProjectNetworkPolicy> ProjectNetworkPolicies { get; }

    DbSet<ApiGatewayConfig> ApiGatewayConfigs { get; }

    DbSet<ApiGatewayRoute> ApiGatewayRoutes { get; }

    DbSet<ApiGatewayAuthMethod> ApiGatewayAuthMethods { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts execution logs in one statement, without tracking them (a batch of hundreds costs a fraction of
    /// <see cref="SaveChangesAsync"/>); answers how many were inserted. Inside the caller's transaction, if any.
    /// </summary>
    Task<int> AppendExecutionLogsAsync(IEnumerable<ExecutionLog> logs, CancellationToken cancellationToken);
}
