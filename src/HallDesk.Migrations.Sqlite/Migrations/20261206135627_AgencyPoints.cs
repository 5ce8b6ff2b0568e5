using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgencyPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgencyPointCode",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgencyPointName",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgencyPointCode",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgencyPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyPoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyPointCode",
                table: "Cases",
                column: "AgencyPointCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyPoints_Code",
                table: "AgencyPoints",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyPoints_HallCode",
                table: "AgencyPoints",
                column: "HallCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyPoints");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AgencyPointCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgencyPointCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgencyPointName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgencyPointCode",
                table: "AspNetUsers");
        }
    }
}
