namespace Invoke.Application.Runtime.Execution;

/// <summary>What an invocation produced: the response its code built, or why it has none.</summary>
/// <param name="Headers">In the order the function set them, names lowercase; <c>set-cookie</c> may repeat.</param>
/// <param name="Failure">Null when the function produced a response.</param>
public sealed record FunctionResponse(
    int StatusCode,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    IReadOnlyList<ConsoleEntry> Console,
    bool ConsoleTruncated,
    InvocationFailure? Failure)
{
    public static FunctionResponse Failed(
        InvocationFailure failure, IReadOnlyList<ConsoleEntry> console, bool consoleTruncated) =>
        new(failure.StatusCode, [], [], console, consoleTruncated, failure);
}
