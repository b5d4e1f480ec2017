using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.DeleteKvValue;

/// <summary>A function's <c>kv.delete</c>: true when the key existed (and had not expired). Sent by the function runtime only.</summary>
public sealed record DeleteKvValueCommand(Guid ProjectId, string Key) : IRequest<bool>, IAtomicCommand, IRetryOnConflict;
