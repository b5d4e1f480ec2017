using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// <c>append_execution_logs(text)</c>, which inserts a JSON array of execution logs in one statement (docs/adr/0036).
    /// Additive: one new function, no table changes.
    /// </summary>
    public partial class AppendExecutionLogsFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(CreateFunction);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DropFunction);
    }
}
