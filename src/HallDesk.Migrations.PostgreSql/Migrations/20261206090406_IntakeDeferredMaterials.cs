using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class IntakeDeferredMaterials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OwedBy",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HallCode_OwedBy",
                table: "Cases",
                columns: new[] { "HallCode", "OwedBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_HallCode_OwedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OwedBy",
                table: "Cases");
        }
    }
}
