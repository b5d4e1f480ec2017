using MediatR;

namespace Invoke.Application.Functions.Commands.RegenerateFunctionKey;

public sealed record RegenerateFunctionKeyCommand(Guid FunctionId) : IRequest<FunctionKeyDto>;
