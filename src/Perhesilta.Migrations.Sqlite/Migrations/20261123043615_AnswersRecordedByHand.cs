using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnswersRecordedByHand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswerRecordedByUserId",
                table: "MeetingParticipant",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipant_AnswerRecordedByUserId",
                table: "MeetingParticipant",
                column: "AnswerRecordedByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_MeetingParticipant_AspNetUsers_AnswerRecordedByUserId",
                table: "MeetingParticipant",
                column: "AnswerRecordedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MeetingParticipant_AspNetUsers_AnswerRecordedByUserId",
                table: "MeetingParticipant");

            migrationBuilder.DropIndex(
                name: "IX_MeetingParticipant_AnswerRecordedByUserId",
                table: "MeetingParticipant");

            migrationBuilder.DropColumn(
                name: "AnswerRecordedByUserId",
                table: "MeetingParticipant");
        }
    }
}
