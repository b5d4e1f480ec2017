using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Common;

/// <summary>
/// Function names are unique within a project (the original checked all projects, and only on create): two projects
/// may each have a <c>hello-world</c>, one project never has two. The unique index <c>uq_functions_project_name</c>
/// backs this check against concurrent writers; see docs/adr/0015.
/// </summary>
public static class FunctionNameUniqueness
{
    /// <summary>Throws the original's 409 when another function of the project already has the name.</summary>
    /// <param name="name">The name as it will be stored (trimmed).</param>
    /// <param name="exceptFunctionId">The function being renamed, which may keep its own name.</param>
    public static async Task EnsureNameIsFreeAsync(
        this IQueryable<Function> functions,
        Guid projectId,
        string name,
        Guid? exceptFunctionId,
        CancellationToken cancellationToken)
    {
        var namesakes = functions.Where(f => f.ProjectId == projectId && f.Name == name);
        if (exceptFunctionId is { } renamed)
        {
            namesakes = namesakes.Where(f => f.Id != renamed);
        }

        if (await namesakes.AnyAsync(cancellationToken))
        {
            throw Conflict(name);
        }
    }

    /// <summary>The 409 for <paramref name="name"/>; also what a unique violation of the index is reported as.</summary>
    public static ConflictException Conflict(string name) => new($"Function with name \"{name}\" already exists");
}
