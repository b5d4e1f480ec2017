using MediatR;

namespace Invoke.Application.EnvironmentVariables.Queries.ListEnvironmentVariables;

public sealed record ListEnvironmentVariablesQuery(Guid FunctionId) : IRequest<IReadOnlyList<EnvironmentVariableDto>>;
