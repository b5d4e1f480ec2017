using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.DeleteProjectKvEntry;

/// <summary>The admin API's delete of one entry; true when it existed. Members and admins.</summary>
public sealed record DeleteProjectKvEntryCommand(Guid ProjectId, string? Key) : IRequest<bool>, IAtomicCommand, IRetryOnConflict;
