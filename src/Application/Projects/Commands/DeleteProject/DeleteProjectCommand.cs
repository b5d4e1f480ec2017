using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.Projects.Commands.DeleteProject;

/// <summary>
/// Deletes a project with everything that belongs to it: memberships, functions with their versions, packages and
/// logs, network policies, gateway configuration, and its KV entries (which the original left behind).
/// </summary>
public sealed record DeleteProjectCommand(Guid? Id) : IRequest<ProjectDeletionDto>, ISerializableCommand;
