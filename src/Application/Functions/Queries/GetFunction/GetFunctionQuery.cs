using MediatR;

namespace Invoke.Application.Functions.Queries.GetFunction;

public sealed record GetFunctionQuery(Guid FunctionId) : IRequest<FunctionDetailsDto>;
