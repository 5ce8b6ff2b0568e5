using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HallsFromTheApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewHallCode",
                table: "ReviewTasks",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "QueueLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Halls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Counters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ItemDelegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DelegatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemDelegations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_ReviewHallCode_Status",
                table: "ReviewTasks",
                columns: new[] { "ReviewHallCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemDelegations_ItemCode_HallCode",
                table: "ItemDelegations",
                columns: new[] { "ItemCode", "HallCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemDelegations");

            migrationBuilder.DropIndex(
                name: "IX_ReviewTasks_ReviewHallCode_Status",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "ReviewHallCode",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "QueueLines");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Halls");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Counters");
        }
    }
}
