using MediatR;

namespace Invoke.Application.Retention.Queries.GetFunctionRetention;

public sealed record GetFunctionRetentionQuery(Guid FunctionId) : IRequest<FunctionRetentionDto>;
