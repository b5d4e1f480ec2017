using Invoke.Application.Runtime.Execution;
using MediatR;

namespace Invoke.Application.Runtime.Commands.InvokeFunction;

/// <summary>Runs a function for a request from the execution role, a gateway route or the scheduler.</summary>
/// <param name="PresentedApiKey">The key the caller sent, if any (header, bearer token or query).</param>
public sealed record InvokeFunctionCommand(
    Guid FunctionId,
    InvocationRequest Request,
    string? PresentedApiKey,
    InvocationSource Source = InvocationSource.Execution)
    : IRequest<InvocationResult>;
