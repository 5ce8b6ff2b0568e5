using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Appointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LineCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Code",
                table: "Appointments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_HallCode_LineCode_Date_SlotStart",
                table: "Appointments",
                columns: new[] { "HallCode", "LineCode", "Date", "SlotStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_IdNumber",
                table: "Appointments",
                column: "IdNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");
        }
    }
}
