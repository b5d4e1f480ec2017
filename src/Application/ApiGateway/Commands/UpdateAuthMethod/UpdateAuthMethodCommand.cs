using MediatR;

namespace Invoke.Application.ApiGateway.Commands.UpdateAuthMethod;

/// <summary>Changes the given fields; a missing one keeps its value. A new type needs a config that fits it.</summary>
public sealed record UpdateAuthMethodCommand(Guid? ProjectId, Guid Id, string? Name, string? Type, string? Config) : IRequest;
