using Microsoft.EntityFrameworkCore.Migrations;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
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

            // SQLite adds a check constraint by rebuilding the table, which drops its triggers: put them back.
            AccessLogSchema.DropAppendOnlyTriggers(migrationBuilder, DatabaseProviders.Sqlite);
            AccessLogSchema.CreateAppendOnlyTriggers(migrationBuilder, DatabaseProviders.Sqlite);
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

            AccessLogSchema.DropAppendOnlyTriggers(migrationBuilder, DatabaseProviders.Sqlite);
            AccessLogSchema.CreateAppendOnlyTriggers(migrationBuilder, DatabaseProviders.Sqlite);
        }
    }
}
