using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EvaluationToken",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EvaluationToken",
                table: "Cases",
                column: "EvaluationToken");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_CaseNumber",
                table: "IssuedDocuments",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_HallCode_ServiceDate_TicketNumber",
                table: "IssuedDocuments",
                columns: new[] { "HallCode", "ServiceDate", "TicketNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_Number",
                table: "IssuedDocuments",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Cases_EvaluationToken",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EvaluationToken",
                table: "Cases");
        }
    }
}
