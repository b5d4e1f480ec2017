using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Projects;

namespace Invoke.Application.Common.Security;

/// <summary>
/// What the current user may do in a project. Every handler that reads or changes something of a project goes through
/// it, so a member of project A never reaches project B. Global admins pass every check. A project an admin has
/// deactivated is closed to its members, as <c>/api/my-projects</c> already hides it (docs/adr/0021).
/// </summary>
public interface IProjectAccess
{
    public const string NotAMemberMessage = "Access denied: not a member of this project";
    public const string NotAnOwnerMessage = "Only project owners can perform this action";
    public const string InactiveProjectMessage = "Access denied: this project is inactive";

    /// <summary>
    /// The caller's <see cref="ProjectRole"/> in the project, or null when not a member of it or it is inactive. Admins
    /// are <see cref="ProjectRole.Owner"/> of every project id, existing or not: look the project up separately for a 404.
    /// </summary>
    Task<string?> GetRoleAsync(Guid projectId, CancellationToken cancellationToken);

    /// <exception cref="ForbiddenAccessException">
    /// The caller is not a member (with <paramref name="deniedMessage"/>), or the project is inactive.
    /// </exception>
    Task EnsureMemberAsync(Guid projectId, CancellationToken cancellationToken, string deniedMessage = NotAMemberMessage);

    /// <exception cref="ForbiddenAccessException">
    /// The caller is not an owner (with <paramref name="deniedMessage"/>), or the project is inactive.
    /// </exception>
    Task EnsureOwnerAsync(Guid projectId, CancellationToken cancellationToken, string deniedMessage = NotAnOwnerMessage);

    /// <summary>
    /// The ids of the active projects the caller may see, as a query to compose into another one:
    /// <c>db.Functions.Where(f =&gt; access.AccessibleProjectIds().Contains(f.ProjectId))</c>. For admins it is every
    /// project; skip the filter when <see cref="Interfaces.ICurrentUser.IsAdmin"/> to keep their queries simple.
    /// </summary>
    IQueryable<Guid> AccessibleProjectIds();
}
