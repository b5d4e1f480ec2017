using MediatR;

namespace Invoke.Application.ApiGateway.Commands.ReorderRoutes;

/// <summary>Gives routes of the project new sort orders, all in one save.</summary>
public sealed record ReorderRoutesCommand(Guid? ProjectId, IReadOnlyList<RouteOrderInput>? Order) : IRequest;

public sealed record RouteOrderInput(Guid Id, int SortOrder);
