namespace Invoke.Infrastructure.UnitTests.Scripting.Network;

[CollectionDefinition(Name)]
public sealed class LoopbackCollection : ICollectionFixture<LoopbackServers>
{
    public const string Name = "Loopback servers";
}
