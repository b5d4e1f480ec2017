using System.Data.Common;
using Invoke.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Seeding;

public sealed class InitialAdminSeederTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    public Task InitializeAsync() => ExecuteAsync(database.ConnectionString, "TRUNCATE users CASCADE");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EnsureInitialAdmin_WhenNoUserExists_ShouldCreateAdminWhosePasswordVerifies()
    {
        await using var context = database.CreateContext();

        var credentials = await new InitialAdminSeeder(context).EnsureInitialAdminAsync(CancellationToken.None);

        Assert.NotNull(credentials);
        Assert.Equal(("admin", "admin@invoke.local"), (credentials.Username, credentials.Email));
        await using var verification = database.CreateContext();
        var admin = await verification.Users.SingleAsync();
        Assert.Equal(("admin", "admin@invoke.local", true), (admin.Username, admin.Email, admin.IsAdmin));
        Assert.StartsWith("$2b$12$", admin.PasswordHash);
        Assert.True(BCrypt.Net.BCrypt.Verify(credentials.Password, admin.PasswordHash));
    }

    [Fact]
    public async Task EnsureInitialAdmin_WhenAUserExists_ShouldCreateNothing()
    {
        await using (var first = database.CreateContext())
        {
            await new InitialAdminSeeder(first).EnsureInitialAdminAsync(CancellationToken.None);
        }

        await using var context = database.CreateContext();
        var credentials = await new InitialAdminSeeder(context).EnsureInitialAdminAsync(CancellationToken.None);

        Assert.Null(credentials);
        Assert.Equal(1, await context.Users.CountAsync());
    }

    [Fact]
    public async Task EnsureInitialAdmin_WhenAnotherInstanceCreatesTheAdminAfterTheCheck_ShouldReturnNull()
    {
        var rival = new RivalInsertsAdminFirst(database.ConnectionString);
        await using var context = TestDbContext.Create(database.ConnectionString, rival);

        var credentials = await new InitialAdminSeeder(context).EnsureInitialAdminAsync(CancellationToken.None);

        Assert.True(rival.Inserted);
        Assert.Null(credentials);
        await using var verification = database.CreateContext();
        Assert.Equal("rival", (await verification.Users.SingleAsync()).PasswordHash);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Plays a second instance that inserts the admin between the seeder's check and its insert.</summary>
    private sealed class RivalInsertsAdminFirst(string connectionString) : DbCommandInterceptor
    {
        public bool Inserted { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (!Inserted && command.CommandText.StartsWith("INSERT INTO users", StringComparison.Ordinal))
            {
                await ExecuteAsync(
                    connectionString,
                    "INSERT INTO users (username, email, password_hash, is_admin) VALUES ('admin', 'admin@invoke.local', 'rival', true)");
                Inserted = true;
            }

            return result;
        }
    }
}
