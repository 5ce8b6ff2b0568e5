using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Report",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "IssuedLine", "Status", "Assisted", "CounterNumber", "ClerkUserId", "IssuedAt", "CalledAt", "ServiceStartedAt", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_Report",
                table: "Tickets");
        }
    }
}
