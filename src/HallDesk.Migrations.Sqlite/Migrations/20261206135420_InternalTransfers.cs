using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MaterialKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaterialName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestingDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestingDepartmentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HoldingDepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HoldingDepartmentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SuppliedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SuppliedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
