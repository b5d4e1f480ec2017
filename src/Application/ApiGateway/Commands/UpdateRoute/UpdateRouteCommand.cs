using Invoke.Application.ApiGateway.Common;
using MediatR;

namespace Invoke.Application.ApiGateway.Commands.UpdateRoute;

/// <summary>Changes the given fields of a route in one save; a missing (null) one keeps its value.</summary>
/// <param name="FunctionIdGiven">Whether the body named <c>functionId</c>; then a blank <see cref="FunctionId"/> unlinks the function.</param>
/// <param name="AuthMethodIds">When given, replaces the route's auth methods in this order.</param>
/// <param name="RateLimit">When given, replaces the limit (both fields null removes it).</param>
public sealed record UpdateRouteCommand(
    Guid? ProjectId,
    Guid Id,
    string? RoutePath,
    bool FunctionIdGiven,
    string? FunctionId,
    IReadOnlyList<string>? AllowedMethods,
    bool? IsActive,
    string? AuthLogic,
    RouteCorsInput? CorsSettings,
    IReadOnlyList<Guid>? AuthMethodIds,
    RouteRateLimitInput? RateLimit) : IRequest;
