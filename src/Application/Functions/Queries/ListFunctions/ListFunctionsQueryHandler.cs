using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Functions.Common;
using Invoke.Application.Functions.Queries.GetFunctionList;
using Invoke.Domain.Projects;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Functions.Queries.ListFunctions;

/// <summary>
/// Checks what the caller may list, then reads the list of that scope through the cached
/// <see cref="GetFunctionListQuery"/>, whose key names the scope, so no caller is ever served another's list.
/// </summary>
public sealed class ListFunctionsQueryHandler(
    IMediator mediator, ICurrentUser currentUser, IProjectAccess projectAccess)
    : IRequestHandler<ListFunctionsQuery, FunctionListDto>
{
    public async Task<FunctionListDto> Handle(ListFunctionsQuery request, CancellationToken cancellationToken)
    {
        var projectFilter = request.ProjectFilter;
        if (projectFilter is { } projectId)
        {
            await projectAccess.EnsureMemberAsync(projectId, cancellationToken, FunctionAccess.ProjectDeniedMessage);
        }

        // As in the original: an admin listing everything gets no role; an admin looking at one project is its owner.
        var memberUserId = currentUser.IsAdmin ? (int?)null : currentUser.UserId;
        var fixedRole = currentUser.IsAdmin && projectFilter is not null ? ProjectRole.Owner : null;
        var items = await mediator.Send(new GetFunctionListQuery(projectFilter, memberUserId, fixedRole), cancellationToken);
        if (request.Name is { } name)
        {
            items = OfName(items, name, projectFilter is null);
        }

        var callerHasNoProject = items.Count == 0 && memberUserId is not null && projectFilter is null
                                 && !await projectAccess.AccessibleProjectIds().AnyAsync(cancellationToken);
        return new FunctionListDto(items, callerHasNoProject);
    }

    /// <summary>
    /// A client that asks by name acts on the first row it gets back, so a name found in several projects is refused
    /// rather than answered with rows to pick from.
    /// </summary>
    private static List<FunctionListItemDto> OfName(IEnumerable<FunctionListItemDto> items, string name, bool acrossProjects)
    {
        var named = items.Where(f => string.Equals(f.Name, name, StringComparison.Ordinal)).ToList();
        if (acrossProjects && named.Count > 1)
        {
            throw new ConflictException($"Function name '{name}' is used in {named.Count} projects; pass projectId to choose one");
        }

        return named;
    }
}
