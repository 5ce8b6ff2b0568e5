using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PromiseOnWeekendsOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PromisedOnWeekendsOnly",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PromisedOnWeekendsOnly",
                table: "Cases");
        }
    }
}
