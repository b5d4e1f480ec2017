using Invoke.ArchitectureTests.Scopes;

namespace Invoke.ArchitectureTests;

public sealed class ScopeTests
{
    [Fact]
    public void ProductScope_ShouldCoverTheFourSourceAssemblies()
    {
        var names = ArchitectureScope.Product.Assemblies.Select(a => a.GetName().Name);

        Assert.Equal(["Invoke.Domain", "Invoke.Application", "Invoke.Infrastructure", "Invoke.Api"], names);
    }

    [Fact]
    public void ProductScope_ShouldNameTheProductsLayersAndExemptions()
    {
        var scope = ArchitectureScope.Product;

        Assert.Equal(
            ["Invoke.Domain", "Invoke.Application", "Invoke.Infrastructure", "Invoke.Api"],
            new[] { scope.Domain, scope.Application, scope.Infrastructure, scope.Api });
        Assert.Equal("Invoke.Infrastructure.Persistence.Migrations", scope.MigrationsNamespace);
        Assert.Equal("Invoke.Infrastructure.Notifications.PostgresNotificationListener", scope.ListenerFullName);
    }
}
