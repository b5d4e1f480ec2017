using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>
/// The function-area tests share one API and database of their own: they create many users and change global settings,
/// which tests of the shared collection that inspect a fresh database must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FunctionsCollection : ICollectionFixture<InvokeApiFactory>
{
    public const string Name = "functions";
}
