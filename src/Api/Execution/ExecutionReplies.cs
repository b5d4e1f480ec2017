namespace Invoke.Api.Execution;

/// <summary>The execution role's own answers, in the original's envelope <c>{"success":false,"message":...}</c>.</summary>
internal static class ExecutionReplies
{
    public const string FunctionNotFound = "Function not found";
    public const string ApiKeyRequired = "API key required";
    public const string InvalidApiKey = "Invalid API key";
    public const string ExecutionFailed = "Execution failed";
    public const string InvalidJsonBody = "Invalid JSON in the request body";
    public const string Overloaded = "Too many invocations at once, please retry";

    public static Task WriteAsync(HttpContext http, int statusCode, string message)
    {
        http.Response.StatusCode = statusCode;
        return http.Response.WriteAsJsonAsync(new ExecutionErrorResponse(false, message));
    }
}
