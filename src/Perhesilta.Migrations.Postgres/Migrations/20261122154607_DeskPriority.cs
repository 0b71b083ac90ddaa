using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DeskPriority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Contacts saved before the queue existed get the priority their urgency gives them (Contact.Priority).
            migrationBuilder.Sql(
                """
                UPDATE "Contact" SET "Priority" = CASE
                    WHEN "NeedsImmediateUrgencyAssessment" THEN 3
                    WHEN "Urgency" = 'Urgent' THEN 2
                    WHEN "Urgency" = 'Soon' THEN 1
                    ELSE 0 END
                """);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
