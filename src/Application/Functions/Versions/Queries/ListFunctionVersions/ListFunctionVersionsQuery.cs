using MediatR;

namespace Invoke.Application.Functions.Versions.Queries.ListFunctionVersions;

public sealed record ListFunctionVersionsQuery(Guid FunctionId) : IRequest<IReadOnlyList<FunctionVersionDto>>;
