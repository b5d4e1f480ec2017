using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.IncrementKvValue;

/// <summary>
/// A function's <c>kv.increment</c>: adds <see cref="By"/> to the number under the key (a missing or expired key counts
/// as 0) atomically, keeps the entry's expiry, and answers the new number. Sent by the function runtime only.
/// </summary>
public sealed record IncrementKvValueCommand(Guid ProjectId, string Key, double By) : IRequest<double>, IAtomicCommand, IRetryOnConflict;
