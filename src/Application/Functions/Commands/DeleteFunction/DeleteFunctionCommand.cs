using MediatR;

namespace Invoke.Application.Functions.Commands.DeleteFunction;

/// <summary>Deletes the function with its versions, packages, environment variables and execution logs.</summary>
/// <returns>The number of stored packages deleted with it (the original's "associated files").</returns>
public sealed record DeleteFunctionCommand(Guid FunctionId) : IRequest<int>;
