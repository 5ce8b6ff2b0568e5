using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PairedPads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Counters_PadCode",
                table: "Counters");

            migrationBuilder.DropColumn(
                name: "PadCode",
                table: "Counters");

            migrationBuilder.AddColumn<DateTime>(
                name: "AtCounterSince",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoveredCases",
                table: "Evaluations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DepartmentCodes",
                table: "Evaluations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "TicketAtCounterSince",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TicketId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            // Ratings stored before: charged to their one department, if any. Old pad codes are dropped: pads pair again.
            migrationBuilder.Sql("UPDATE \"Evaluations\" SET \"DepartmentCodes\" = '[\"' || \"DepartmentCode\" || '\"]' WHERE \"DepartmentCode\" IS NOT NULL;");

            migrationBuilder.CreateTable(
                name: "RatingPads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CounterNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PairingCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PairingCodeExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PairedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingPads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TicketId",
                table: "Cases",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingPads_HallCode_CounterNumber",
                table: "RatingPads",
                columns: new[] { "HallCode", "CounterNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingPads_PairingCodeHash",
                table: "RatingPads",
                column: "PairingCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingPads_SecretHash",
                table: "RatingPads",
                column: "SecretHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RatingPads");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TicketId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AtCounterSince",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "CoveredCases",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "DepartmentCodes",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "TicketAtCounterSince",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TicketId",
                table: "Cases");

            migrationBuilder.AddColumn<string>(
                name: "PadCode",
                table: "Counters",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counters_PadCode",
                table: "Counters",
                column: "PadCode",
                unique: true);
        }
    }
}
