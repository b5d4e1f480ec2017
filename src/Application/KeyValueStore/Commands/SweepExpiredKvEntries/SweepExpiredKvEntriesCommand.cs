using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.SweepExpiredKvEntries;

/// <summary>
/// Maintenance: deletes the entries whose expiry has passed, in batches, and takes their bytes off their projects'
/// counters in the same transactions (one <c>DeleteExpiredKvEntriesCommand</c> per project and batch). Answers how
/// many entries it deleted.
/// </summary>
public sealed record SweepExpiredKvEntriesCommand : IRequest<int>;
