using Microsoft.EntityFrameworkCore.Migrations;
using Perhesilta.Platform.AccessLog;

#nullable disable

namespace Perhesilta.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccessLogKeyedChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "AccessLogEntries",
                type: "integer",
                nullable: false,
                defaultValue: AccessLogEntry.UnkeyedVersion);

            migrationBuilder.AddCheckConstraint(
                name: "CK_AccessLogEntries_Chained",
                table: "AccessLogEntries",
                sql: "\"Sequence\" >= 1");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AccessLogEntries_Hash",
                table: "AccessLogEntries",
                sql: "length(\"Hash\") = 64 AND length(\"PreviousHash\") = 64");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_AccessLogEntries_Chained",
                table: "AccessLogEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AccessLogEntries_Hash",
                table: "AccessLogEntries");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AccessLogEntries");
        }
    }
}
