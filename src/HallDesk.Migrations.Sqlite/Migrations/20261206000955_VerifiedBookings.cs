using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VerifiedBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Phone",
                table: "Appointments",
                column: "Phone");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_Phone",
                table: "Appointments");
        }
    }
}
