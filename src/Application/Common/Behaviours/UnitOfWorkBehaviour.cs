using System.Data;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;

namespace Invoke.Application.Common.Behaviours;

/// <summary>
/// Runs an <see cref="IUnitOfWorkCommand"/> as one unit of work (docs/adr/0033): inside a transaction of the command's
/// isolation when it is an <see cref="IAtomicCommand"/> or an <see cref="ISerializableCommand"/>, committed once the
/// handler returns; and again from this point of the pipeline, in the same scope, when it lost a race with a
/// concurrent command (a transaction the database aborted for another, or an <see cref="IRetryOnConflict"/> command's
/// <see cref="ConflictException"/>). It sits inside read-your-writes, which therefore waits after the last attempt's
/// commit, and inside validation, which the request has already passed.
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>, IUnitOfWorkCommand
{
    public const int MaxAttempts = 10;

    private static readonly IsolationLevel? Isolation =
        typeof(ISerializableCommand).IsAssignableFrom(typeof(TRequest)) ? IsolationLevel.Serializable
        : typeof(IAtomicCommand).IsAssignableFrom(typeof(TRequest)) ? IsolationLevel.ReadCommitted
        : null;

    private static readonly bool RetriesConflicts = typeof(IRetryOnConflict).IsAssignableFrom(typeof(TRequest));

    public async Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (unitOfWork.InTransaction)
        {
            // Sent from inside another command's transaction: that one commits, and a lost race reruns it whole.
            return await next();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(next, cancellationToken);
            }
            catch (Exception exception) when (attempt < MaxAttempts && LostRace(exception))
            {
                unitOfWork.DiscardChanges();
                // A random pause spreads out the racers, so that one of them does not lose every round.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 20 * attempt)), cancellationToken);
            }
        }
    }

    private async Task<TResponse> AttemptAsync(RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (Isolation is not { } isolation)
        {
            return await next();
        }

        await using var transaction = await unitOfWork.BeginAsync(isolation, cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    private bool LostRace(Exception exception) =>
        (RetriesConflicts && exception is ConflictException)
        || (Isolation is not null && unitOfWork.IsConcurrencyAbort(exception));
}
