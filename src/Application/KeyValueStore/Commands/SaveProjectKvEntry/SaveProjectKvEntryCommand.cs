using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.SaveProjectKvEntry;

/// <summary>
/// The admin API's write of one entry (any JSON but null, as given), within the project's quota; members and admins.
/// </summary>
public sealed record SaveProjectKvEntryCommand(Guid ProjectId, string? Key, string? ValueJson, long? TtlMilliseconds)
    : IRequest, IAtomicCommand, IRetryOnConflict;
