using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Api.Controllers;
using Invoke.ArchitectureTests.Violations.Application.Layering;
using Invoke.ArchitectureTests.Violations.Domain.Layering;
using Invoke.ArchitectureTests.Violations.Infrastructure;

namespace Invoke.ArchitectureTests;

public sealed class LayerTests
{
    [Fact]
    public void DomainLayer_OnProduct_ShouldPass()
    {
        var result = LayerRules.DomainDependsOnNoOtherLayerOrFramework(ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void DomainLayer_OnViolationFixture_ShouldFlagEachForbiddenDependencyIncludingANestedInternalType()
    {
        var result = LayerRules.DomainDependsOnNoOtherLayerOrFramework(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(DomainUsesApplication),
            typeof(DomainUsesInfrastructure),
            typeof(DomainUsesApi),
            typeof(DomainUsesMediatR),
            typeof(DomainUsesFluentValidation),
            typeof(DomainUsesMapster),
            typeof(DomainUsesEntityFrameworkCore),
            typeof(DomainUsesNpgsql),
            typeof(DomainUsesAspNetCore),
            typeof(DomainShell.NestedDomainUsesNpgsql));
    }

    [Fact]
    public void ApplicationLayer_OnProduct_ShouldPass()
    {
        var result = LayerRules.ApplicationDependsOnNoOuterLayerOrDatabaseProvider(ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void ApplicationLayer_OnViolationFixture_ShouldFlagOuterLayersProviderAndRelationalExtensionsButNotEfCore()
    {
        var result = LayerRules.ApplicationDependsOnNoOuterLayerOrDatabaseProvider(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(ApplicationUsesInfrastructure),
            typeof(ApplicationUsesApi),
            typeof(ApplicationUsesNpgsql),
            typeof(ApplicationUsesAspNetCore),
            typeof(ApplicationUsesRelationalQueryableExtensions),
            typeof(ApplicationUsesRelationalDatabaseFacadeExtensions));
    }

    [Fact]
    public void InfrastructureLayer_OnProduct_ShouldPass()
    {
        var result = LayerRules.InfrastructureDoesNotDependOnApi(ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void InfrastructureLayer_OnViolationFixture_ShouldFlagInfrastructureUsesApi()
    {
        var result = LayerRules.InfrastructureDoesNotDependOnApi(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(InfrastructureUsesApi));
    }

    [Fact]
    public void Controllers_OnProduct_ShouldPass()
    {
        var result = LayerRules.ControllersDoNotTouchPersistence(ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void Controllers_OnViolationFixture_ShouldFlagDbContextEntityFrameworkAndNpgsqlControllersButNotTheCompositionRoot()
    {
        var result = LayerRules.ControllersDoNotTouchPersistence(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(DbContextController),
            typeof(EntityFrameworkController),
            typeof(NpgsqlController));
    }
}
