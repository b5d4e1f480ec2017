using Elsewhere;
using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Scopes;
using Invoke.ArchitectureTests.Violations.Api.Controllers;
using Invoke.ArchitectureTests.Violations.Application.Widgets;
using Invoke.ArchitectureTests.Violations.Domain.Model;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests;

public sealed class ConventionTests
{
    private static readonly ModuleDefinition ViolationFixtureModule =
        ModuleDefinition.ReadModule(typeof(WellFormedEntity).Assembly.Location);

    public static TheoryData<string> Rules => [.. RulesByName.Keys];

    private static Dictionary<string, Func<ArchitectureScope, TestResult>> RulesByName { get; } = new()
    {
        [nameof(ConventionRules.TypesResideUnderTheirAssemblyNamespace)] = ConventionRules.TypesResideUnderTheirAssemblyNamespace,
        [nameof(ConventionRules.HandlersAreNamedHandler)] = ConventionRules.HandlersAreNamedHandler,
        [nameof(ConventionRules.ValidatorsAreNamedValidator)] = ConventionRules.ValidatorsAreNamedValidator,
        [nameof(ConventionRules.ControllersAreNamedController)] = ConventionRules.ControllersAreNamedController,
        [nameof(ConventionRules.RequestsAreRecords)] = ConventionRules.RequestsAreRecords,
        [nameof(ConventionRules.RequestsAreNamedCommandOrQuery)] = ConventionRules.RequestsAreNamedCommandOrQuery,
        [nameof(ConventionRules.EntitiesHaveAPrivateParameterlessConstructor)] = ConventionRules.EntitiesHaveAPrivateParameterlessConstructor,
        [nameof(ConventionRules.EntitiesHaveNoPublicSetters)] = ConventionRules.EntitiesHaveNoPublicSetters,
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Convention_OnProduct_ShouldPass(string rule)
    {
        var result = RulesByName[rule](ArchitectureScope.Product);

        ArchAssert.Passes(result);
    }

    [Fact]
    public void TypesResideUnderTheirAssemblyNamespace_OnViolationFixture_ShouldFlagMisplacedType()
    {
        var result = ConventionRules.TypesResideUnderTheirAssemblyNamespace(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(MisplacedType));
    }

    [Fact]
    public void HandlersAreNamedHandler_OnViolationFixture_ShouldFlagProcessesClassCommandAndReactsToWidgetCreated()
    {
        var result = ConventionRules.HandlersAreNamedHandler(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(ProcessesClassCommand), typeof(ReactsToWidgetCreated));
    }

    [Fact]
    public void ValidatorsAreNamedValidator_OnViolationFixture_ShouldFlagChecksWellFormedQuery()
    {
        var result = ConventionRules.ValidatorsAreNamedValidator(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(ChecksWellFormedQuery));
    }

    [Fact]
    public void ControllersAreNamedController_OnViolationFixture_ShouldFlagWidgetsEndpoint()
    {
        var result = ConventionRules.ControllersAreNamedController(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(WidgetsEndpoint));
    }

    [Fact]
    public void RequestsAreRecords_OnViolationFixture_ShouldFlagClassCommand()
    {
        var result = ConventionRules.RequestsAreRecords(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(ClassCommand));
    }

    [Fact]
    public void RequestsAreNamedCommandOrQuery_OnViolationFixture_ShouldFlagBadlyNamedRequest()
    {
        var result = ConventionRules.RequestsAreNamedCommandOrQuery(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(BadlyNamedRequest));
    }

    [Fact]
    public void EntitiesHaveAPrivateParameterlessConstructor_OnViolationFixture_ShouldFlagPublicAndMissingConstructors()
    {
        var result = ConventionRules.EntitiesHaveAPrivateParameterlessConstructor(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(result, typeof(EntityWithPublicConstructor), typeof(EntityWithoutParameterlessConstructor));
    }

    [Fact]
    public void EntitiesHaveNoPublicSetters_OnViolationFixture_ShouldFlagPublicInitAndInheritedSetters()
    {
        var result = ConventionRules.EntitiesHaveNoPublicSetters(ArchitectureScope.ViolationFixture);

        ArchAssert.FlagsExactly(
            result,
            typeof(EntityWithPublicSetter),
            typeof(EntityWithPublicInitSetter),
            typeof(EntityWithInheritedPublicSetter));
    }

    [Theory]
    [InlineData(typeof(EntityBase))]
    [InlineData(typeof(Money))]
    [InlineData(typeof(WidgetRenamed))]
    [InlineData(typeof(WidgetLimits))]
    [InlineData(typeof(WidgetState))]
    [InlineData(typeof(InvalidWidgetNameException))]
    public void IsEntity_WhenAbstractRecordStaticEnumOrException_ShouldBeFalse(Type type)
    {
        var definition = CecilType(type);

        var isEntity = TypeFacts.IsEntity(definition);

        Assert.False(isEntity);
    }

    [Fact]
    public void IsEntity_WhenConcreteDomainClass_ShouldBeTrue()
    {
        var isEntity = TypeFacts.IsEntity(CecilType(typeof(WellFormedEntity)));

        Assert.True(isEntity);
    }

    private static TypeDefinition CecilType(Type type) => ViolationFixtureModule.GetType(type.FullName);
}
