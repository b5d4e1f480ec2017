using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The scheduler's columns (a failure count for the back-off, a lease for one run at a time) and its wake-up trigger
    /// (docs/adr/0031). Additive: two new columns on <c>functions</c>, one new trigger.
    /// </summary>
    public partial class SchedulerClaimsAndBackOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "schedule_failure_count",
                table: "functions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "schedule_running_until",
                table: "functions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.Sql(ScheduleTrigger);
            migrationBuilder.Sql(CacheChangeFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PreviousCacheChangeFunction);
            migrationBuilder.Sql(DropScheduleTrigger);

            migrationBuilder.DropColumn(
                name: "schedule_failure_count",
                table: "functions");

            migrationBuilder.DropColumn(
                name: "schedule_running_until",
                table: "functions");
        }
    }
}
