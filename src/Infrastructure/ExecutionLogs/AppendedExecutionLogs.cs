namespace Invoke.Infrastructure.ExecutionLogs;

/// <summary>
/// The one row the database function <c>append_execution_logs</c> answers: how many logs it inserted (docs/adr/0036).
/// Not a table: only <see cref="Persistence.InvokeDbContext.AppendExecutionLogs"/> reads it.
/// </summary>
internal sealed class AppendedExecutionLogs
{
    private AppendedExecutionLogs()
    {
    }

    public int Count { get; private set; }
}
