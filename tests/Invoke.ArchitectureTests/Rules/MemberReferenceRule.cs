using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

/// <summary>
/// Fails a type whose IL calls, constructs or takes a delegate to a denied member, including from its lambdas, local
/// functions, iterators and async state machines: the compiler emits those as nested types, which NetArchTest does
/// not list on their own.
/// </summary>
public abstract class MemberReferenceRule(DeniedMembers denied) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) =>
        !SelfAndCompilerGeneratedNestedTypes(type)
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Any(IsDeniedReference);

    private bool IsDeniedReference(Instruction instruction) =>
        instruction.Operand is MethodReference method && denied.Denies(method);

    private static IEnumerable<TypeDefinition> SelfAndCompilerGeneratedNestedTypes(TypeDefinition type) =>
        type.NestedTypes
            .Where(nested => nested.IsCompilerGenerated())
            .SelectMany(SelfAndCompilerGeneratedNestedTypes)
            .Prepend(type);
}
