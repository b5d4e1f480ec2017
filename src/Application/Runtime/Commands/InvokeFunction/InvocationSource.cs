namespace Invoke.Application.Runtime.Commands.InvokeFunction;

/// <summary>Who asks for the run, which decides whether the function's own API key applies.</summary>
public enum InvocationSource
{
    /// <summary><c>/invoke</c> on the execution role: the function's API key is checked.</summary>
    Execution,

    /// <summary>A gateway route: the route's auth methods stand in for the function's key.</summary>
    Gateway,

    /// <summary>The scheduler: no caller, so no key.</summary>
    Schedule,
}
