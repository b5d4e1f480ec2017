using MediatR;

namespace Invoke.Application.EnvironmentVariables.Commands.AddEnvironmentVariable;

public sealed record AddEnvironmentVariableCommand(Guid FunctionId, string? Name, string? Value, string? Description)
    : IRequest;
