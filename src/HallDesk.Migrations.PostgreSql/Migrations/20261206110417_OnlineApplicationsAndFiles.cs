using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OnlineApplicationsAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaterialFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ApplicationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HallCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MaterialKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MaterialName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    FileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnlineApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubjectCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsBundle = table.Column<bool>(type: "boolean", nullable: false),
                    ApplicantKind = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ResubmittedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CorrectionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RejectReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    History = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlineApplications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaterialFiles_ApplicationNumber",
                table: "MaterialFiles",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialFiles_CaseNumber",
                table: "MaterialFiles",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialFiles_PublicId",
                table: "MaterialFiles",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaterialFiles_Sha256",
                table: "MaterialFiles",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_OnlineApplications_HallCode_Status_SubmittedAt",
                table: "OnlineApplications",
                columns: new[] { "HallCode", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OnlineApplications_Number",
                table: "OnlineApplications",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaterialFiles");

            migrationBuilder.DropTable(
                name: "OnlineApplications");
        }
    }
}
