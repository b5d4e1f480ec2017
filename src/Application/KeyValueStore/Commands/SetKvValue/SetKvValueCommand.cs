using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.SetKvValue;

/// <summary>
/// A function's <c>kv.set</c>: stores <see cref="ValueJson"/> (JSON text) under the key, expiring after
/// <see cref="TtlMilliseconds"/> when positive. Beyond the project's quota it changes nothing and fails with "quota
/// exceeded". Sent by the function runtime only, with the invocation's project.
/// </summary>
public sealed record SetKvValueCommand(Guid ProjectId, string Key, string ValueJson, long? TtlMilliseconds)
    : IRequest, IAtomicCommand, IRetryOnConflict;
