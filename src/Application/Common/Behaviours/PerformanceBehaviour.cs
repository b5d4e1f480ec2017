using MediatR;
using Microsoft.Extensions.Logging;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// Logs a warning for every request that takes longer than <see cref="Threshold"/>, validation included.
/// </summary>
public sealed class PerformanceBehaviour<TRequest, TResponse>(
    ILogger<PerformanceBehaviour<TRequest, TResponse>> logger, TimeProvider timeProvider)
    : IPipelineBehavior<TRequest, TResponse>
{
    public static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = timeProvider.GetTimestamp();
        var response = await next();
        var elapsed = timeProvider.GetElapsedTime(started);

        if (elapsed > Threshold)
        {
            logger.LogWarning(
                "Slow request {RequestName} took {ElapsedMilliseconds} ms",
                typeof(TRequest).Name,
                (long)elapsed.TotalMilliseconds);
        }

        return response;
    }
}
