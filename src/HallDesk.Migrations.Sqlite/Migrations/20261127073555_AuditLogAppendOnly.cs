using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <summary>The audit log is append-only in the database itself, not only by convention in code.</summary>
    public partial class AuditLogAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries " +
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries " +
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoDelete;");
        }
    }
}
