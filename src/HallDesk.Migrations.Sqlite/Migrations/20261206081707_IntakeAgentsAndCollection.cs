using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAgentsAndCollection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgentIdNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CollectedBy",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CollectorName",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectorRelation",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgentIdNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CollectedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CollectorName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CollectorRelation",
                table: "Cases");
        }
    }
}
