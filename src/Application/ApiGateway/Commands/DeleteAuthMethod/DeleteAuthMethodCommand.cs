using MediatR;

namespace Invoke.Application.ApiGateway.Commands.DeleteAuthMethod;

/// <summary>Deletes an auth method no route uses (a route that lost its only method would become public).</summary>
public sealed record DeleteAuthMethodCommand(Guid? ProjectId, Guid Id) : IRequest;
