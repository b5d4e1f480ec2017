using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.Projects.Commands.CreateProject;

/// <summary>
/// Creates a project owned by the caller, with the global KV quota and the two allow-all network policies.
/// </summary>
public sealed record CreateProjectCommand(string? Name, string? Description) : IRequest<ProjectDto>, ISerializableCommand;
