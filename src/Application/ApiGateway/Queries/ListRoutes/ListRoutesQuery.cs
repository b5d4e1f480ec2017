using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Queries.ListRoutes;

/// <summary>The project's routes in matching order (sort order, then age), inactive ones included.</summary>
public sealed record ListRoutesQuery(Guid? ProjectId) : IRequest<IReadOnlyList<RouteDto>>;
