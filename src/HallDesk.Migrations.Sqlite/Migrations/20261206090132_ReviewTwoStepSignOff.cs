using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewTwoStepSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TwoStepSignOff",
                table: "ServiceItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CheckOpinion",
                table: "ReviewTasks",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CheckProposesApproval",
                table: "ReviewTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedAt",
                table: "ReviewTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedBy",
                table: "ReviewTasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedByAccount",
                table: "ReviewTasks",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresSignOff",
                table: "ReviewTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CanApprove",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TwoStepSignOff",
                table: "ServiceItems");

            migrationBuilder.DropColumn(
                name: "CheckOpinion",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "CheckProposesApproval",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "CheckedAt",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "CheckedBy",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "CheckedByAccount",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "RequiresSignOff",
                table: "ReviewTasks");

            migrationBuilder.DropColumn(
                name: "CanApprove",
                table: "AspNetUsers");
        }
    }
}
