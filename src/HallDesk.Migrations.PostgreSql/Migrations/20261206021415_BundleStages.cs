using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class BundleStages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Yields",
                table: "ServiceItems",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage",
                table: "ReviewTasks",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Departments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "DeliverEachResult",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "HandedOverStage",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ItemStages",
                table: "Bundles",
                type: "text",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Yields",
                table: "ServiceItems");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "DeliverEachResult",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HandedOverStage",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ItemStages",
                table: "Bundles");
        }
    }
}
