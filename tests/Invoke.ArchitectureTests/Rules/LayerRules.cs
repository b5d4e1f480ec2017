using Invoke.ArchitectureTests.Scopes;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

public static class LayerRules
{
    public static TestResult DomainDependsOnNoOtherLayerOrFramework(ArchitectureScope scope) =>
        scope.TypesIn(scope.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(
                scope.Application, scope.Infrastructure, scope.Api,
                "MediatR", "FluentValidation", "Mapster", "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore")
            .GetResult();

    // The relational extension classes live in the Microsoft.EntityFrameworkCore namespace, so they are named one by one.
    public static TestResult ApplicationDependsOnNoOuterLayerOrDatabaseProvider(ArchitectureScope scope) =>
        scope.TypesIn(scope.Application)
            .ShouldNot()
            .HaveDependencyOnAny(
                scope.Infrastructure, scope.Api, "Npgsql", "Microsoft.AspNetCore",
                "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions",
                "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions")
            .GetResult();

    public static TestResult InfrastructureDoesNotDependOnApi(ArchitectureScope scope) =>
        scope.TypesIn(scope.Infrastructure).ShouldNot().HaveDependencyOn(scope.Api).GetResult();

    public static TestResult ControllersDoNotTouchPersistence(ArchitectureScope scope) =>
        scope.TypesIn(scope.Api)
            .And().Inherit(typeof(ControllerBase))
            .ShouldNot()
            .HaveDependencyOnAny(scope.Infrastructure, "Microsoft.EntityFrameworkCore", "Npgsql")
            .GetResult();
}
