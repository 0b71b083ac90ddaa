using Microsoft.EntityFrameworkCore.Migrations;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccessLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            AccessLogSchema.CreateAppendOnlyTriggers(migrationBuilder, DatabaseProviders.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AccessLogSchema.DropAppendOnlyTriggers(migrationBuilder, DatabaseProviders.Sqlite);
        }
    }
}
