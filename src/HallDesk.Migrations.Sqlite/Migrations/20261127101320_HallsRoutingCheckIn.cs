using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class HallsRoutingCheckIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AppointmentAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppointmentCode",
                table: "Tickets",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Assisted",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Halls",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "Halls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ShortName",
                table: "Halls",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "PriorityOnly",
                table: "Counters",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryHallCode",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryHallName",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TicketNumber",
                table: "Appointments",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            // Halls created before short names existed keep the two characters their document numbers already used.
            migrationBuilder.Sql("UPDATE \"Halls\" SET \"ShortName\" = substr(\"Name\", 1, 2) WHERE \"ShortName\" = '';");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DeliveryHallCode_Status",
                table: "Cases",
                columns: new[] { "DeliveryHallCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_DeliveryHallCode_Status",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AppointmentAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "AppointmentCode",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "Assisted",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Halls");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Halls");

            migrationBuilder.DropColumn(
                name: "ShortName",
                table: "Halls");

            migrationBuilder.DropColumn(
                name: "PriorityOnly",
                table: "Counters");

            migrationBuilder.DropColumn(
                name: "DeliveryHallCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DeliveryHallName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TicketNumber",
                table: "Appointments");
        }
    }
}
