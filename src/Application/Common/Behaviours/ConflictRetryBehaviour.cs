using Invoke.Application.Common.Exceptions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// Runs an <see cref="IRetryOnConflict"/> command again when it loses a race (see docs/adr/0018). The DbContext of the
/// failed attempt still tracks the rows that were refused, so each further attempt gets its own service scope and
/// therefore its own DbContext. It sits inside validation, which the request has already passed.
/// </summary>
public sealed class ConflictRetryBehaviour<TRequest, TResponse>(IServiceScopeFactory scopeFactory)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>, IRetryOnConflict
{
    public const int MaxAttempts = 10;

    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (ConflictException)
        {
        }

        for (var attempt = 2; ; attempt++)
        {
            // A random pause spreads out the racers, so that one of them does not lose every round.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 20 * attempt)), cancellationToken);
            await using var scope = scopeFactory.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<IRequestHandler<TRequest, TResponse>>();
            try
            {
                return await handler.Handle(request, cancellationToken);
            }
            catch (ConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }
}
