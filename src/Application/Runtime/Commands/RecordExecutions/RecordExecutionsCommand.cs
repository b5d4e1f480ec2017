using Invoke.Application.Common.Behaviours;
using MediatR;

namespace Invoke.Application.Runtime.Commands.RecordExecutions;

/// <summary>
/// Writes one <c>execution_logs</c> row per record and adds the records to their functions' counters, all in one
/// transaction. Sent by the execution log queue's writer with a batch; records of functions deleted meanwhile and records
/// a log refuses are left out and counted, so that one of them never fails the others.
/// </summary>
public sealed record RecordExecutionsCommand(IReadOnlyList<ExecutionRecord> Records) : IRequest<RecordedExecutionsDto>, IAtomicCommand;
