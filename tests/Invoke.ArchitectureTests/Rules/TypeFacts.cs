using System.Runtime.CompilerServices;
using Mono.Cecil;

namespace Invoke.ArchitectureTests.Rules;

public static class TypeFacts
{
    public static bool IsInNamespace(this TypeDefinition type, string @namespace)
    {
        var outermost = type;
        while (outermost.IsNested)
        {
            outermost = outermost.DeclaringType;
        }

        return outermost.Namespace == @namespace || outermost.Namespace.StartsWith(@namespace + ".", StringComparison.Ordinal);
    }

    // Members of a compiler-generated type (such as the Enumerator nested in the list a collection expression
    // creates) are compiler-generated too, even though only the outer type carries the attribute.
    public static bool IsCompilerGenerated(this TypeDefinition type) =>
        type.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(CompilerGeneratedAttribute).FullName)
        || type.DeclaringType?.IsCompilerGenerated() == true;

    public static bool IsEntryPoint(this TypeDefinition type) =>
        type.Module.EntryPoint?.DeclaringType.FullName == type.FullName;

    // A record class is the only kind of class the compiler gives a "<Clone>$" method.
    public static bool IsRecordClass(this TypeDefinition type) =>
        type is { IsClass: true, IsValueType: false } && type.Methods.Any(m => m.Name == "<Clone>$");

    /// <summary>
    /// In the Domain, every concrete class that is neither a record (value objects, events) nor an exception is an
    /// entity; static classes are abstract in IL, so constants and helpers are not entities either.
    /// </summary>
    public static bool IsEntity(this TypeDefinition type) =>
        type is { IsClass: true, IsValueType: false, IsInterface: false, IsAbstract: false }
        && !type.IsCompilerGenerated()
        && !type.IsRecordClass()
        && !type.DerivesFrom(typeof(Exception).FullName!);

    public static bool HasPrivateParameterlessConstructor(this TypeDefinition type) =>
        type.Methods.Any(m => m is { IsConstructor: true, IsStatic: false, HasParameters: false, IsPrivate: true });

    // Init accessors count: a public init lets callers build the entity around its Create factory.
    public static bool HasPublicSetter(this TypeDefinition type) =>
        type.SelfAndBaseTypesInSameModule().SelectMany(t => t.Properties).Any(p => p.SetMethod is { IsPublic: true });

    private static bool DerivesFrom(this TypeDefinition type, string baseTypeFullName)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.Resolve()?.BaseType)
        {
            if (baseType.FullName == baseTypeFullName)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<TypeDefinition> SelfAndBaseTypesInSameModule(this TypeDefinition type)
    {
        for (var current = type; current is not null && current.Module == type.Module; current = current.BaseType?.Resolve())
        {
            yield return current;
        }
    }
}
