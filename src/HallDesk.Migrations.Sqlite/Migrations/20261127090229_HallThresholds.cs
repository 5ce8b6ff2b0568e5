using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class HallThresholds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PauseAlertMinutes",
                table: "Halls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<int>(
                name: "ServiceAlertMinutes",
                table: "Halls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "WaitAlertMinutes",
                table: "Halls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PauseAlertMinutes",
                table: "Halls");

            migrationBuilder.DropColumn(
                name: "ServiceAlertMinutes",
                table: "Halls");

            migrationBuilder.DropColumn(
                name: "WaitAlertMinutes",
                table: "Halls");
        }
    }
}
