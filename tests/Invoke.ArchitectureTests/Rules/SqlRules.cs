using Invoke.ArchitectureTests.Scopes;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

public static class SqlRules
{
    public static PredicateList TypesSubjectToRawSqlBan(ArchitectureScope scope) =>
        scope.AllTypes().That().MeetCustomRule(new Satisfies(t =>
            !t.IsInNamespace(scope.MigrationsNamespace) && t.FullName != scope.ListenerFullName));

    public static TestResult NoRawSqlOutsideMigrationsAndListener(ArchitectureScope scope) =>
        TypesSubjectToRawSqlBan(scope).Should().MeetCustomRule(new DoesNotExecuteRawSql()).GetResult();

    public static TestResult OnlyTheListenerListens(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().MeetCustomRule(new Satisfies(t => t.FullName != scope.ListenerFullName))
            .Should().MeetCustomRule(new DoesNotListenForNotifications())
            .GetResult();
}
