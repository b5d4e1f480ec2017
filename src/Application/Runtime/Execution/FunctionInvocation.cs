namespace Invoke.Application.Runtime.Execution;

/// <param name="VersionId">The version whose package this is; engines are never shared across versions.</param>
/// <param name="Environment">What the function reads as <c>process.env</c>.</param>
public sealed record FunctionInvocation(
    Guid FunctionId,
    Guid VersionId,
    Guid ProjectId,
    PackageFiles Package,
    IReadOnlyDictionary<string, string> Environment,
    InvocationRequest Request,
    InvocationLimits Limits);
