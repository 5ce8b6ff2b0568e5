using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InternalTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaterialTransfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MaterialKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MaterialName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestingDepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestingDepartmentName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HoldingDepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HoldingDepartmentName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    SuppliedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SuppliedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    FileId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialTransfers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaterialTransfers_CaseNumber_MaterialKey",
                table: "MaterialTransfers",
                columns: new[] { "CaseNumber", "MaterialKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaterialTransfers_HallCode_State",
                table: "MaterialTransfers",
                columns: new[] { "HallCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_MaterialTransfers_HoldingDepartmentCode_State_DueOn",
                table: "MaterialTransfers",
                columns: new[] { "HoldingDepartmentCode", "State", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaterialTransfers");
        }
    }
}
