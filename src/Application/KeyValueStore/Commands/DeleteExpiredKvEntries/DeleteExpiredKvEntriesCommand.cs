using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.DeleteExpiredKvEntries;

/// <summary>
/// One step of the expiry sweep: deletes those of one project's <paramref name="Keys"/> that expired by
/// <paramref name="Now"/> and takes their bytes off the project's counter, together. Answers how many it deleted.
/// </summary>
/// <param name="ProjectId">Null for entries written before entries carried their project.</param>
public sealed record DeleteExpiredKvEntriesCommand(Guid? ProjectId, IReadOnlyList<string> Keys, DateTime Now)
    : IRequest<int>, IAtomicCommand;
