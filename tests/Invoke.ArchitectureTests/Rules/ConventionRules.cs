using FluentValidation;
using Invoke.ArchitectureTests.Scopes;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

public static class ConventionRules
{
    // Layer rules select types by namespace, so a type outside its assembly's namespace would escape all of them.
    public static TestResult TypesResideUnderTheirAssemblyNamespace(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().MeetCustomRule(new Satisfies(t => !t.IsCompilerGenerated() && !t.IsEntryPoint()))
            .Should().MeetCustomRule(new Satisfies(t => t.IsInNamespace(t.Module.Assembly.Name.Name)))
            .GetResult();

    public static TestResult HandlersAreNamedHandler(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().ImplementInterface(typeof(IRequestHandler<,>))
            .Or().ImplementInterface(typeof(INotificationHandler<>))
            .Should().HaveNameEndingWith("Handler", StringComparison.Ordinal)
            .GetResult();

    public static TestResult ValidatorsAreNamedValidator(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().Inherit(typeof(AbstractValidator<>))
            .Should().HaveNameEndingWith("Validator", StringComparison.Ordinal)
            .GetResult();

    // Abstract bases such as ApiControllerBase are not controllers: MVC never routes to them.
    public static TestResult ControllersAreNamedController(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().Inherit(typeof(ControllerBase))
            .And().AreNotAbstract()
            .Should().HaveNameEndingWith("Controller", StringComparison.Ordinal)
            .GetResult();

    public static TestResult RequestsAreRecords(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().ImplementInterface(typeof(IBaseRequest))
            .Should().MeetCustomRule(new Satisfies(TypeFacts.IsRecordClass))
            .GetResult();

    public static TestResult RequestsAreNamedCommandOrQuery(ArchitectureScope scope) =>
        scope.AllTypes()
            .That().ImplementInterface(typeof(IBaseRequest))
            .Should().MeetCustomRule(new Satisfies(t => t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal)))
            .GetResult();

    public static TestResult EntitiesHaveAPrivateParameterlessConstructor(ArchitectureScope scope) =>
        Entities(scope).Should().MeetCustomRule(new Satisfies(TypeFacts.HasPrivateParameterlessConstructor)).GetResult();

    public static TestResult EntitiesHaveNoPublicSetters(ArchitectureScope scope) =>
        Entities(scope).ShouldNot().MeetCustomRule(new Satisfies(TypeFacts.HasPublicSetter)).GetResult();

    private static PredicateList Entities(ArchitectureScope scope) =>
        scope.TypesIn(scope.Domain).And().MeetCustomRule(new Satisfies(TypeFacts.IsEntity));
}
