using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CounterDayProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LinesOnlyOn",
                table: "Counters",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PermanentLines",
                table: "Counters",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LinesOnlyOn",
                table: "Counters");

            migrationBuilder.DropColumn(
                name: "PermanentLines",
                table: "Counters");
        }
    }
}
