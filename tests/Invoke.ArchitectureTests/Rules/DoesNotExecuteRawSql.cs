namespace Invoke.ArchitectureTests.Rules;

public sealed class DoesNotExecuteRawSql() : MemberReferenceRule(SqlApis.RawSql);
