using Invoke.Application.EnvironmentVariables;
using MediatR;

namespace Invoke.Application.ProjectEnvironmentVariables.Queries.ListProjectEnvironmentVariables;

/// <summary>The project's own variables by name, for its members (not merged with any function's).</summary>
public sealed record ListProjectEnvironmentVariablesQuery(Guid ProjectId) : IRequest<IReadOnlyList<EnvironmentVariableDto>>;
