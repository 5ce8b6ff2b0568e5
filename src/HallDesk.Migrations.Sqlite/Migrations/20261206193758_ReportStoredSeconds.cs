using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportStoredSeconds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_Report",
                table: "Tickets");

            migrationBuilder.AddColumn<double>(
                name: "ServiceSeconds",
                table: "Tickets",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "WaitSeconds",
                table: "Tickets",
                type: "REAL",
                nullable: true);

            // The tickets of before keep their seconds too (the ticket keeps them from now on, whatever sets a time).
            migrationBuilder.Sql("""
                UPDATE "Tickets" SET "WaitSeconds" = unixepoch("CalledAt", 'subsec') - unixepoch("IssuedAt", 'subsec'), "ServiceSeconds" = unixepoch("FinishedAt", 'subsec') - unixepoch("ServiceStartedAt", 'subsec') WHERE "CalledAt" IS NOT NULL OR "FinishedAt" IS NOT NULL
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Report",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "IssuedLine", "Status", "Assisted", "CounterNumber", "ClerkUserId", "WaitSeconds", "ServiceSeconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_Report",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "ServiceSeconds",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "WaitSeconds",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Report",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "IssuedLine", "Status", "Assisted", "CounterNumber", "ClerkUserId", "IssuedAt", "CalledAt", "ServiceStartedAt", "FinishedAt" });
        }
    }
}
