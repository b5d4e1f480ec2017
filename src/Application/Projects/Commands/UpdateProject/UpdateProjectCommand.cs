using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.Projects.Commands.UpdateProject;

/// <summary>
/// Renames a project and changes what the request carries. Omitted (or null) optional fields keep their stored
/// value: the original reset the KV quota to 1 GiB and reactivated the project when they were omitted. A blank
/// description clears it. The slug never changes, so gateway URLs survive a rename.
/// </summary>
public sealed record UpdateProjectCommand(
    Guid? Id, string? Name, string? Description, bool? IsActive, long? KvStorageLimitBytes) : IRequest<ProjectDto>, ISerializableCommand;
