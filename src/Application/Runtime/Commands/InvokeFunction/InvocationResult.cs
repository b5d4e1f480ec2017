using Invoke.Application.Runtime.Execution;

namespace Invoke.Application.Runtime.Commands.InvokeFunction;

public enum InvocationOutcome
{
    Executed,
    FunctionNotFound,
    ApiKeyRequired,
    InvalidApiKey,
    /// <summary>Every slot stayed busy for as long as the function could have run.</summary>
    Overloaded,
}

/// <param name="Response">Set when <see cref="Outcome"/> is <see cref="InvocationOutcome.Executed"/>.</param>
public sealed record InvocationResult(InvocationOutcome Outcome, FunctionResponse? Response = null)
{
    public static InvocationResult Refused(InvocationOutcome outcome) => new(outcome);
}
