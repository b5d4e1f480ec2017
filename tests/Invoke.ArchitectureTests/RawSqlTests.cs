using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Infrastructure.Allowed;
using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.Migrations;
using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.MigrationsBackfill;
using Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;
using CachingListener = Invoke.ArchitectureTests.Violations.Infrastructure.Caching.PostgresNotificationListener;
using TheListener = Invoke.ArchitectureTests.Violations.Infrastructure.Notifications.PostgresNotificationListener;

namespace Invoke.ArchitectureTests;

public sealed class RawSqlTests
{
    private static readonly Type[] LegitimateEfCoreUsages =
    [
        typeof(SplitQueryUsage),
        typeof(MigrateUsage),
        typeof(TransactionUsage),
        typeof(BulkUpdateUsage),
        typeof(DefaultValueSqlConfiguration),
    ];

    [Fact]
    public void RawSql_OnProduct_ShouldPass()
    {
        var result = SqlRules.NoRawSqlOutsideMigrationsAndListener(ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void RawSql_OnViolationFixture_ShouldFlagEveryTechniqueOutsideMigrationsAndTheListener()
    {
        var result = SqlRules.NoRawSqlOutsideMigrationsAndListener(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(ExecuteSqlRawCall),
            typeof(ExecuteSqlInterpolatedCall),
            typeof(ExecuteSqlRawAsyncInAsyncMethod),
            typeof(FromSqlRawInLambda),
            typeof(SqlQueryCall),
            typeof(GetDbConnectionCommandText),
            typeof(ChainedCreateCommandExecuteScalar),
            typeof(DataSourceCreateCommandExecuteNonQueryAsync),
            typeof(NewNpgsqlCommand),
            typeof(NpgsqlBatchCommands),
            typeof(DbConnectionInterfaceCommand),
            typeof(CopyImport),
            typeof(ComputedColumnSqlConfiguration),
            typeof(BackfillWithRawSql),
            typeof(CachingListener));
    }

    [Fact]
    public void RawSql_OnViolationFixture_ShouldExamineButNotFlagLegitimateEfCoreCalls()
    {
        var examined = SqlRules.TypesSubjectToRawSqlBan(ArchitectureScope.ViolationFixture).GetTypes().ToList();

        var failing = SqlRules.NoRawSqlOutsideMigrationsAndListener(ArchitectureScope.ViolationFixture).FailingTypes!;

        Assert.All(LegitimateEfCoreUsages, type => Assert.Contains(type, examined));
        Assert.All(LegitimateEfCoreUsages, type => Assert.DoesNotContain(type, failing));
    }

    [Fact]
    public void RawSql_OnViolationFixture_ShouldExemptOnlyTheMigrationsNamespaceAndTheListenerClass()
    {
        var examined = SqlRules.TypesSubjectToRawSqlBan(ArchitectureScope.ViolationFixture).GetTypes().ToList();

        Assert.DoesNotContain(typeof(WidgetDataFix), examined);
        Assert.DoesNotContain(typeof(TheListener), examined);
        Assert.Contains(typeof(BackfillWithRawSql), examined);
        Assert.Contains(typeof(CachingListener), examined);
    }
}
