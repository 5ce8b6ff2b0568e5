using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WaitingIndexCovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_HallCode_ServiceDate_Status_LineCode",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Waiting",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "Status", "LineCode", "QueuedAt", "TransferredToCounter", "AppointmentAt", "GreenChannel", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tickets_Waiting",
                table: "Tickets");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_HallCode_ServiceDate_Status_LineCode",
                table: "Tickets",
                columns: new[] { "HallCode", "ServiceDate", "Status", "LineCode" });
        }
    }
}
