using Mono.Cecil;

namespace Invoke.ArchitectureTests.Rules;

/// <summary>
/// Methods named by declaring type and name, as the IL scan sees them in call, newobj and ldftn operands. Overloads
/// are covered by name, and a whole type or namespace can be denied.
/// </summary>
public sealed class DeniedMembers
{
    private readonly Dictionary<string, HashSet<string>> _membersByType = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wholeTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);

    public DeniedMembers Members(string declaringType, params string[] names)
    {
        if (!_membersByType.TryGetValue(declaringType, out var denied))
        {
            denied = new HashSet<string>(StringComparer.Ordinal);
            _membersByType.Add(declaringType, denied);
        }

        denied.UnionWith(names);
        return this;
    }

    public DeniedMembers EveryMemberOf(params string[] declaringTypes)
    {
        _wholeTypes.UnionWith(declaringTypes);
        return this;
    }

    public DeniedMembers EverythingIn(string @namespace)
    {
        _namespaces.Add(@namespace);
        return this;
    }

    public bool Denies(MethodReference method)
    {
        var declaringType = method.DeclaringType.GetElementType();
        return _wholeTypes.Contains(declaringType.FullName)
            || (_membersByType.TryGetValue(declaringType.FullName, out var names) && names.Contains(method.Name))
            || _namespaces.Any(n => IsInNamespace(declaringType, n));
    }

    private static bool IsInNamespace(TypeReference type, string @namespace)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        return type.Namespace == @namespace || type.Namespace.StartsWith(@namespace + ".", StringComparison.Ordinal);
    }
}
