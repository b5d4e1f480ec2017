using Invoke.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.EnvironmentVariables;

/// <summary>
/// Replace-all as in the original, written as a difference so that kept variables keep their id and creation time:
/// same name → updated, missing → deleted, new → inserted, all in the one transaction of the caller's single save.
/// </summary>
public static class EnvironmentVariableReplacement
{
    /// <param name="existing">Every stored variable of the owner, tracked.</param>
    /// <param name="inputs">The validated list: names present, valid and distinct, values present.</param>
    /// <param name="create">A new variable of the owner from an input.</param>
    public static void ReplaceWith<TVariable>(
        this DbSet<TVariable> variables,
        IEnumerable<TVariable> existing,
        IReadOnlyList<EnvironmentVariableInput> inputs,
        Func<EnvironmentVariableInput, TVariable> create)
        where TVariable : EnvironmentVariable
    {
        var desired = inputs.ToDictionary(v => v.Name!, StringComparer.Ordinal);
        foreach (var variable in existing)
        {
            if (desired.Remove(variable.VariableName, out var input))
            {
                variable.Update(input.Value!, input.Description);
            }
            else
            {
                variables.Remove(variable);
            }
        }

        variables.AddRange(desired.Values.Select(create));
    }
}
