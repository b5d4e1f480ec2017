using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Two covering indexes on <c>execution_logs</c> (docs/adr/0020). With them the dashboard reads only index pages of
    /// the rows in its window (index-only scans), so its cost follows the last 24 hours' traffic and not the table's
    /// size. Each index costs every log insert one more B-tree entry; the original four indexes stay, for schema
    /// compatibility.
    /// <list type="bullet">
    /// <item><c>execution_logs_executed_at_covering (executed_at) INCLUDE (function_id, status_code,
    /// execution_time_ms)</c>: dashboard stats for all projects (count, errors, success rate and mean time of the last
    /// 24 hours from one index range), recent activity (the newest logs of the last hour).</item>
    /// <item><c>execution_logs_function_id_executed_at (function_id, executed_at, id) INCLUDE (status_code,
    /// execution_time_ms)</c>: dashboard stats of one project or of a user's projects (one range per function), a
    /// function's log list (its count, and its page in <c>executed_at DESC, id DESC</c> order without a sort), and
    /// retention cleanup (<c>time</c>: a range per function; <c>count</c>: the per-function ranking read in order).</item>
    /// </list>
    /// </summary>
    public partial class AddExecutionLogQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "execution_logs_executed_at_covering",
                table: "execution_logs",
                column: "executed_at")
                .Annotation("Npgsql:IndexInclude", new[] { "function_id", "status_code", "execution_time_ms" });

            migrationBuilder.CreateIndex(
                name: "execution_logs_function_id_executed_at",
                table: "execution_logs",
                columns: new[] { "function_id", "executed_at", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "status_code", "execution_time_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "execution_logs_executed_at_covering",
                table: "execution_logs");

            migrationBuilder.DropIndex(
                name: "execution_logs_function_id_executed_at",
                table: "execution_logs");
        }
    }
}
