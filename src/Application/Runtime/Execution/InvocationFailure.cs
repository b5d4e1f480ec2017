namespace Invoke.Application.Runtime.Execution;

/// <param name="Message">For the execution log only: the client never sees it.</param>
public sealed record InvocationFailure(InvocationFailureKind Kind, string Message)
{
    /// <summary>504 for a timeout, as a gateway would answer; 500 for everything the code did wrong.</summary>
    public int StatusCode => Kind == InvocationFailureKind.Timeout ? 504 : 500;
}

public enum InvocationFailureKind
{
    /// <summary>The code threw, rejected, did not export a function or could not be loaded.</summary>
    CodeError,
    Timeout,
    MemoryLimit,
    /// <summary>The response body went over the platform's cap.</summary>
    ResponseTooLarge,
}
