using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HallDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SmsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SmsOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketWatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    HallCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NearNoticeSent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketWatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerificationCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WrongTries = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationCodes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SmsOutbox_CreatedAt",
                table: "SmsOutbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SmsOutbox_Key",
                table: "SmsOutbox",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsOutbox_Phone_CreatedAt",
                table: "SmsOutbox",
                columns: new[] { "Phone", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SmsOutbox_Status_DueAt",
                table: "SmsOutbox",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketWatches_HallCode_CreatedAt",
                table: "TicketWatches",
                columns: new[] { "HallCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketWatches_TicketId",
                table: "TicketWatches",
                column: "TicketId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TicketWatches_Token",
                table: "TicketWatches",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VerificationCodes_Address_CreatedAt",
                table: "VerificationCodes",
                columns: new[] { "Address", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationCodes_CreatedAt",
                table: "VerificationCodes",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationCodes_Phone_Purpose_CreatedAt",
                table: "VerificationCodes",
                columns: new[] { "Phone", "Purpose", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SmsOutbox");

            migrationBuilder.DropTable(
                name: "TicketWatches");

            migrationBuilder.DropTable(
                name: "VerificationCodes");
        }
    }
}
