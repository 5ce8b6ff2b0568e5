using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommitmentChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BrokenCommitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrokenCommitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemNames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ApplicantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentChecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BrokenCommitments_ApplicantIdNumber",
                table: "BrokenCommitments",
                column: "ApplicantIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentChecks_CaseNumber",
                table: "CommitmentChecks",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentChecks_DepartmentCode_Status_DueOn",
                table: "CommitmentChecks",
                columns: new[] { "DepartmentCode", "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BrokenCommitments");

            migrationBuilder.DropTable(
                name: "CommitmentChecks");
        }
    }
}
