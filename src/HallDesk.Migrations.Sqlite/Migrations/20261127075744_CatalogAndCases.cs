using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class CatalogAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bundles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Pinyin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ItemCodes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bundles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsWorkday = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ClerkName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AgentName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SubjectCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsBundle = table.Column<bool>(type: "INTEGER", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PromisedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcludedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrectionSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RejectLegalBasis = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DeliveryMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    MailAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MailCarrier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MailTrackingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElectronicLicences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HolderId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectronicLicences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Pinyin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LegalDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PromisedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Fee = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Instant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Commitment = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemCodes = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ItemNames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PromisedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SuspendedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspendedSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspendReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewTasks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bundles_Code",
                table: "Bundles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_Date",
                table: "CalendarDays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseNumber",
                table: "Cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HallCode_Status",
                table: "Cases",
                columns: new[] { "HallCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Code",
                table: "Departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElectronicLicences_HolderId",
                table: "ElectronicLicences",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_CaseId",
                table: "ReviewTasks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_DepartmentCode_Status",
                table: "ReviewTasks",
                columns: new[] { "DepartmentCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItems_Code",
                table: "ServiceItems",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bundles");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "ElectronicLicences");

            migrationBuilder.DropTable(
                name: "ReviewTasks");

            migrationBuilder.DropTable(
                name: "ServiceItems");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
