namespace Invoke.Api.IntegrationTests.ExecutionLogs;

/// <summary>The log and dashboard tests that share one <see cref="LogsApiFactory"/> and its database.</summary>
[CollectionDefinition(Name)]
public sealed class LogsCollection : ICollectionFixture<LogsApiFactory>
{
    public const string Name = "logs";
}
