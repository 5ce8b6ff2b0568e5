using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HallDesk.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Need to know and an audit log worth the name: documents get a random public id and a staff copy without the
    /// evaluation token; audit lines get an outcome and a hash chain (earlier lines stay unchained: the append-only
    /// triggers forbid filling them in); wrong answers to public secrets are counted; the DistrictManager role.
    /// </summary>
    public partial class AccessAndAuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicId",
                table: "IssuedDocuments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Existing documents get their random address before the unique index is built.
            migrationBuilder.Sql("UPDATE \"IssuedDocuments\" SET \"PublicId\" = md5(random()::text || clock_timestamp()::text || \"Id\"::text);");

            migrationBuilder.AddColumn<byte[]>(
                name: "StaffContent",
                table: "IssuedDocuments",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "AuditEntries",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ok");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SecretAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Secret = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecretAttempts", x => x.Id);
                });

            // The district role, for databases seeded before it existed (an empty database gets it from the seed).
            migrationBuilder.Sql(
                "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") " +
                "SELECT md5(random()::text), 'DistrictManager', 'DISTRICTMANAGER', md5(random()::text) " +
                "WHERE EXISTS (SELECT 1 FROM \"AspNetRoles\") AND NOT EXISTS (SELECT 1 FROM \"AspNetRoles\" WHERE \"NormalizedName\" = 'DISTRICTMANAGER');");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_PublicId",
                table: "IssuedDocuments",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Actor_At",
                table: "AuditEntries",
                columns: new[] { "Actor", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecretAttempts_At",
                table: "SecretAttempts",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SecretAttempts_Secret_At",
                table: "SecretAttempts",
                columns: new[] { "Secret", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SecretAttempts");

            migrationBuilder.DropIndex(
                name: "IX_IssuedDocuments_PublicId",
                table: "IssuedDocuments");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Actor_At",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "StaffContent",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");
        }
    }
}
