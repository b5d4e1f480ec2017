using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Infrastructure.Caching;
using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.Migrations;
using Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;
using CachingListener = Invoke.ArchitectureTests.Violations.Infrastructure.Caching.PostgresNotificationListener;

namespace Invoke.ArchitectureTests;

public sealed class ListenerTests
{
    [Fact]
    public void Listen_OnProduct_ShouldPass()
    {
        var result = SqlRules.OnlyTheListenerListens(ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void Listen_OnViolationFixture_ShouldFlagNpgsqlCommandsAndNotificationReceiversEvenInMigrations()
    {
        var result = SqlRules.OnlyTheListenerListens(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(ChainedCreateCommandExecuteScalar),
            typeof(DataSourceCreateCommandExecuteNonQueryAsync),
            typeof(NewNpgsqlCommand),
            typeof(NpgsqlBatchCommands),
            typeof(ListenInMigration),
            typeof(CachingListener),
            typeof(NotificationEavesdropper));
    }
}
