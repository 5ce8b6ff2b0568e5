using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PadCode",
                table: "Counters",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CounterNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ClerkUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClerkName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feedbacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedbacks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EvaluationId = table.Column<long>(type: "INTEGER", nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RealName = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: true),
                    VerifyNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Contacted = table.Column<bool>(type: "INTEGER", nullable: true),
                    CallbackOutcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SatisfiedAfter = table.Column<bool>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    History = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Counters_PadCode",
                table: "Counters",
                column: "PadCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_CaseNumber",
                table: "Evaluations",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_CreatedAt",
                table: "Evaluations",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_HallCode_ServiceDate_TicketNumber",
                table: "Evaluations",
                columns: new[] { "HallCode", "ServiceDate", "TicketNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_Number",
                table: "Feedbacks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_EvaluationId",
                table: "Rectifications",
                column: "EvaluationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_Number",
                table: "Rectifications",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "Feedbacks");

            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropIndex(
                name: "IX_Counters_PadCode",
                table: "Counters");

            migrationBuilder.DropColumn(
                name: "PadCode",
                table: "Counters");
        }
    }
}
