using MediatR;

namespace Invoke.Application.ApiGateway.Commands.DeleteRoute;

/// <summary>Deletes the route with its CORS settings and auth-method links.</summary>
public sealed record DeleteRouteCommand(Guid? ProjectId, Guid Id) : IRequest;
