using Invoke.Api.IntegrationTests.Execution;

namespace Invoke.Api.IntegrationTests.Gateway;

/// <summary>The gateway tests share one process with every role on its own loopback port.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<ExecutionRoleFactory>
{
    public const string Name = "gateway";
}
