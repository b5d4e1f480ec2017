namespace Invoke.Api.IntegrationTests.Infrastructure;

/// <summary>Test classes in this collection share one running API and its database.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<InvokeApiFactory>
{
    public const string Name = "api";
}
