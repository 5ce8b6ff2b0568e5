using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewSuspensionCap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SpecialProcedureDays",
                table: "ServiceItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60); // existing items and tasks get the default cap of 60 working days

            migrationBuilder.AddColumn<int>(
                name: "SuspendKind",
                table: "ReviewTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuspensionCapDays",
                table: "ReviewTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60); // existing items and tasks get the default cap of 60 working days

            migrationBuilder.AddColumn<int>(
                name: "SuspensionDaysUsed",
                table: "ReviewTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SuspensionExtraDays",
                table: "ReviewTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SpecialProcedureDays",
                table: "ServiceItems");

            migrationBuilder.DropColumn(
                name: "SuspendKind",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "SuspensionCapDays",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "SuspensionDaysUsed",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "SuspensionExtraDays",
                table: "ReviewTasks");
        }
    }
}
