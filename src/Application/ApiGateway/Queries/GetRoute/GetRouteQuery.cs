using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.GetRoute;

public sealed record GetRouteQuery(Guid? ProjectId, Guid Id) : IRequest<RouteDto>;
