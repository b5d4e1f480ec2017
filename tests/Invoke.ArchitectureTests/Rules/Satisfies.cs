using Mono.Cecil;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

/// <summary>Adapts a predicate over a Cecil type to NetArchTest's <see cref="ICustomRule"/>.</summary>
public sealed class Satisfies(Func<TypeDefinition, bool> predicate) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => predicate(type);
}
