using MediatR;

namespace Invoke.Application.EnvironmentVariables.Commands.DeleteEnvironmentVariable;

public sealed record DeleteEnvironmentVariableCommand(Guid FunctionId, string? Name) : IRequest;
