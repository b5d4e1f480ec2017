using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Invoke.Application.Runtime.Queries.GetFunctionEnvironment;

/// <summary>
/// The environment a function runs with (name → value): its project's variables overlaid by its own of the same name.
/// </summary>
/// <remarks>The project is kept because the cache tags the result with the project's variables.</remarks>
public sealed class FunctionEnvironmentDto : ReadOnlyDictionary<string, string>
{
    private FunctionEnvironmentDto(Guid? projectId, IDictionary<string, string> variables)
        : base(variables) =>
        ProjectId = projectId;

    /// <summary>The function's project; null for a function without one, or one that does not exist.</summary>
    public Guid? ProjectId { get; }

    public static FunctionEnvironmentDto Merge(
        Guid? projectId,
        IEnumerable<KeyValuePair<string, string>> projectVariables,
        IEnumerable<KeyValuePair<string, string>> functionVariables)
    {
        var merged = new Dictionary<string, string>(projectVariables, StringComparer.Ordinal);
        foreach (var (name, value) in functionVariables)
        {
            merged[name] = value;
        }

        return new FunctionEnvironmentDto(projectId, merged.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
