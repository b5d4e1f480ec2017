namespace Invoke.Api.IntegrationTests.Packages;

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesApiFactory>
{
    public const string Name = "packages";
}
