using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.KeyValueStore.Commands.ClearKvValues;

/// <summary>A function's <c>kv.clear</c>: deletes every entry of the invocation's project, and only of it.</summary>
public sealed record ClearKvValuesCommand(Guid ProjectId) : IRequest<int>, IAtomicCommand;
