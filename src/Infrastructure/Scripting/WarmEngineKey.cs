using Invoke.Application.Runtime.Execution;

namespace Invoke.Infrastructure.Scripting;

/// <summary>What an engine is prepared for: never shared across versions (and so across functions or projects) or limits.</summary>
internal readonly record struct WarmEngineKey(Guid FunctionId, Guid VersionId, InvocationLimits Limits);
