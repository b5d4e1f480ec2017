namespace Invoke.Application.Runtime.Execution;

/// <param name="Environment">What the function reads as <c>process.env</c>.</param>
public sealed record FunctionInvocation(
    Guid FunctionId,
    Guid ProjectId,
    PackageFiles Package,
    IReadOnlyDictionary<string, string> Environment,
    InvocationRequest Request,
    InvocationLimits Limits);
