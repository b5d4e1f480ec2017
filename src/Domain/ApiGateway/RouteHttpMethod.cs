namespace Invoke.Domain.ApiGateway;

/// <summary>The HTTP methods a gateway route may allow.</summary>
public static class RouteHttpMethod
{
    public static IReadOnlyList<string> All { get; } = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    public static IReadOnlyList<string> Defaults { get; } = ["GET", "POST"];
}
