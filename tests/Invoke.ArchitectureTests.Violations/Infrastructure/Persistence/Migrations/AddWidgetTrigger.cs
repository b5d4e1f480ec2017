using Microsoft.EntityFrameworkCore.Migrations;

namespace Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.Migrations;

public sealed class AddWidgetTrigger : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE TRIGGER widgets_notify AFTER INSERT ON widgets EXECUTE FUNCTION notify_widgets()");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TRIGGER widgets_notify ON widgets");
}
