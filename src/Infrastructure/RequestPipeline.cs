using Invoke.Application.Common.Behaviours;
using Invoke.Infrastructure.Caching;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure;

/// <summary>
/// Every pipeline behaviour of both layers, in one list because their order is what makes them correct: timing covers
/// everything; validation refuses a request before it touches anything; read-your-writes waits for the notifications
/// of what the unit of work committed, so it sits outside the unit of work (transaction and retries) and waits once,
/// after the last attempt's commit; the cache, which serves queries only, is innermost, next to the handler.
/// </summary>
/// <remarks>
/// MediatR 5 folds behaviours in reverse, so the first registered is the outermost. A behaviour whose generic
/// constraint a request does not meet (the unit of work's) is skipped by the container for that request.
/// </remarks>
public static class RequestPipeline
{
    /// <summary>Outermost first.</summary>
    public static IReadOnlyList<Type> Behaviours { get; } =
    [
        typeof(PerformanceBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(ReadYourWritesBehaviour<,>),
        typeof(UnitOfWorkBehaviour<,>),
        typeof(CachingBehaviour<,>),
    ];

    internal static IServiceCollection AddRequestPipeline(this IServiceCollection services)
    {
        foreach (var behaviour in Behaviours)
        {
            services.AddTransient(typeof(IPipelineBehavior<,>), behaviour);
        }

        return services;
    }
}
