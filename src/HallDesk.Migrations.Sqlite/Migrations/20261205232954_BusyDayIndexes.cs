using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BusyDayIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tickets_HallCode_ServiceDate_CalledAt",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "CalledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_HallCode_ServiceDate_ClerkUserId_Status_FinishedAt",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "ClerkUserId", "Status", "FinishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_HallCode_ServiceDate_Status_FinishedAt",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "Status", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_HallCode_ServiceDate_CalledAt",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_HallCode_ServiceDate_ClerkUserId_Status_FinishedAt",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_HallCode_ServiceDate_Status_FinishedAt",
                table: "Tickets");
        }
    }
}
