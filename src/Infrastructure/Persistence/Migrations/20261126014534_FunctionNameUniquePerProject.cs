using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Invoke.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FunctionNameUniquePerProject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A database taken over from the original platform may hold same-named functions in one project (its PATCH
            // never checked names). Every namesake but the oldest gets its id's first 8 characters appended, so the
            // index can be built and no function is lost; the result stays within the 100-character column.
            migrationBuilder.Sql("""
                UPDATE functions AS f
                SET name = left(f.name, 91) || '-' || left(f.id::text, 8)
                FROM (
                    SELECT id, row_number() OVER (PARTITION BY project_id, name ORDER BY created_at, id) AS position
                    FROM functions
                    WHERE project_id IS NOT NULL
                ) AS namesakes
                WHERE f.id = namesakes.id AND namesakes.position > 1;
                """);

            migrationBuilder.CreateIndex(
                name: "uq_functions_project_name",
                table: "functions",
                columns: new[] { "project_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        /// <remarks>Renamed namesakes keep their new names: the old ones would collide again under the index.</remarks>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "uq_functions_project_name",
                table: "functions");
        }
    }
}
