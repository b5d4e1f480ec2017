using Invoke.Application.Common.Models;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using NSubstitute;

namespace Invoke.Api.IntegrationTests.Startup;

public sealed class DatabaseInitializerTests(SeedingApiFactory factory) : IClassFixture<SeedingApiFactory>
{
    [Fact]
    public async Task Startup_ShouldMigrateTheDatabaseBeforeServing()
    {
        factory.CreateClient();

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT to_regclass('\"{HistoryRepository.DefaultTableName}\"') IS NOT NULL", connection);
        Assert.True((bool)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Startup_ShouldAskTheSeederForTheInitialAdminOnce()
    {
        factory.CreateClient();

        await factory.Seeder.Received(1).EnsureInitialAdminAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Banner_ShouldShowEveryCredentialAndTheWarning()
    {
        var banner = InitialAdminBanner.Format(new InitialAdminCredentials("admin", "admin@invoke.local", "Xy7!pQ2@mN9#kL4$"));

        var lines = banner.Split(Environment.NewLine).Select(l => l.Trim()).ToArray();
        Assert.Contains("Username: admin", lines);
        Assert.Contains("Email:    admin@invoke.local", lines);
        Assert.Contains("Password: Xy7!pQ2@mN9#kL4$", lines);
        Assert.Contains("Save this password! It will not be shown again.", lines);
    }

    [Fact]
    public void Credentials_WhenFormattedForALog_ShouldNotRevealThePassword()
    {
        var credentials = new InitialAdminCredentials("admin", "admin@invoke.local", "Xy7!pQ2@mN9#kL4$");

        Assert.DoesNotContain("Xy7!pQ2@mN9#kL4$", credentials.ToString());
    }
}
