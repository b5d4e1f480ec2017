namespace Invoke.Domain.ApiGateway;

/// <summary>How a route combines its auth methods.</summary>
public static class RouteAuthLogic
{
    public const int MaxLength = 3;

    /// <summary>Any one auth method must accept the request.</summary>
    public const string Or = "or";

    /// <summary>Every auth method must accept the request.</summary>
    public const string And = "and";

    public static IReadOnlyList<string> All { get; } = [Or, And];
}
