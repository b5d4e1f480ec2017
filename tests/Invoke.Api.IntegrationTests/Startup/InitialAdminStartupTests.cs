using Invoke.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace Invoke.Api.IntegrationTests.Startup;

[Collection(ApiCollection.Name)]
public sealed class InitialAdminStartupTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task Startup_OnAnEmptyDatabase_ShouldCreateTheInitialAdmin()
    {
        factory.CreateClient();

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        // Other tests of the collection add users to this database later; the admin is the first one.
        await using var command = new NpgsqlCommand("SELECT username, email, is_admin FROM users ORDER BY id LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("admin", "admin@invoke.local", true), (reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
    }
}
