using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.CreateAuthMethod;

/// <param name="Config">The config as JSON text, null when missing.</param>
public sealed record CreateAuthMethodCommand(Guid? ProjectId, string? Name, string? Type, string? Config) : IRequest<AuthMethodDto>;
