using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// Keeps a physical connection that PostgreSQL refused a value on while binding parameters (a data exception: a NUL
/// byte, a value too long, text that is no number) out of the pool: such failures in a batch of automatically
/// prepared statements have left Npgsql's connector out of step with the server, so that a later, unrelated request
/// on it read another statement's rows and answered 500 for a change it had committed (issue 15, item 2). Npgsql
/// breaks a connector that notices a protocol error itself; this retires the one that may be silently out of step
/// before it notices. Constraint violations and every other failure keep their connection.
/// </summary>
/// <remarks>
/// Npgsql has no way to discard one connection, so the pool is cleared: idle connections close at once and busy
/// ones, the suspect included, when they are returned. Data exceptions are rare since the API refuses such values
/// before they reach the database, so the reconnections cost nothing that matters. Both hooks are needed: a failure
/// in a later statement of a SaveChanges batch surfaces while its results are read, after the command succeeded.
/// </remarks>
internal sealed class SuspectConnectorInterceptor : ISaveChangesInterceptor, IDbCommandInterceptor
{
    private const string DataExceptionClass = "22";

    public static SuspectConnectorInterceptor Instance { get; } = new();

    private SuspectConnectorInterceptor()
    {
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) =>
        Retire(eventData.Context?.Database.GetConnectionString(), eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // The context's connection string, not the connection's: Npgsql drops the password from the latter once it is open,
    // and the pool is found by the string as configured.
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Retire(eventData.Context?.Database.GetConnectionString(), eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    private static void Retire(string? connectionString, Exception exception)
    {
        if (connectionString is not null && IsDataException(exception))
        {
            // Never opened: it only names the pool.
            using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
    }

    private static bool IsDataException(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres)
            {
                return postgres.SqlState.StartsWith(DataExceptionClass, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
