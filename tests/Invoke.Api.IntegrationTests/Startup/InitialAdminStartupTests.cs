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
        await using var command = new NpgsqlCommand("SELECT username, email, is_admin FROM users", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("admin", "admin@invoke.local", true), (reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        Assert.False(await reader.ReadAsync());
    }
}
