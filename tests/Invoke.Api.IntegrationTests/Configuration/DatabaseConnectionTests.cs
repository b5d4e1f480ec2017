using Invoke.Infrastructure.Persistence;
using Invoke.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace Invoke.Api.IntegrationTests.Configuration;

public sealed class DatabaseConnectionTests
{
    [Fact]
    public void Resolve_WhenNothingIsConfigured_ShouldUseTheOriginalsDefaults()
    {
        var connection = Parse(DatabaseConnection.Resolve(TestConfiguration.From()));

        Assert.Equal("localhost", connection.Host);
        Assert.Equal(5432, connection.Port);
        Assert.Equal("invoke_db", connection.Database);
        Assert.Equal("postgres", connection.Username);
        Assert.Equal("postgres", connection.Password);
    }

    [Fact]
    public void Resolve_WhenDbVariablesAreSet_ShouldUseThem()
    {
        var connection = Parse(DatabaseConnection.Resolve(TestConfiguration.From(
            ("DB_HOST", "db.internal"), ("DB_PORT", "6432"), ("DB_NAME", "invoke"), ("DB_USER", "app"), ("DB_PASSWORD", "s3cret;x"))));

        Assert.Equal("db.internal", connection.Host);
        Assert.Equal(6432, connection.Port);
        Assert.Equal("invoke", connection.Database);
        Assert.Equal("app", connection.Username);
        Assert.Equal("s3cret;x", connection.Password);
    }

    [Fact]
    public void Resolve_FromDbVariables_ShouldPrepareRepeatedStatementsAutomatically()
    {
        var connection = Parse(DatabaseConnection.Resolve(TestConfiguration.From(("DB_HOST", "db.internal"))));

        Assert.Equal(DatabaseConnection.MaxAutoPreparedStatements, connection.MaxAutoPrepare);
        Assert.Equal(2, connection.AutoPrepareMinUsages);
    }

    [Fact]
    public void Resolve_WhenAVariableIsBlank_ShouldFallBackToItsDefaultLikeTheOriginal()
    {
        var connection = Parse(DatabaseConnection.Resolve(TestConfiguration.From(("DB_PASSWORD", ""), ("DB_HOST", " "))));

        Assert.Equal("postgres", connection.Password);
        Assert.Equal("localhost", connection.Host);
    }

    [Fact]
    public void Resolve_WhenTheConnectionStringIsSet_ShouldWinOverDbVariables()
    {
        const string configured = "Host=elsewhere;Port=5999;Database=other;Username=u;Password=p";

        var resolved = DatabaseConnection.Resolve(TestConfiguration.From(
            ("ConnectionStrings:Invoke", configured), ("DB_HOST", "db.internal")));

        Assert.Equal(configured, resolved);
    }

    [Fact]
    public void Resolve_WhenDbPortIsNotAPort_ShouldStopWithItsName()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            DatabaseConnection.Resolve(TestConfiguration.From(("DB_PORT", "5432x"))));

        Assert.Equal("DB_PORT must be a TCP port number between 1 and 65535, not '5432x'.", exception.Message);
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString) => new(connectionString);
}
