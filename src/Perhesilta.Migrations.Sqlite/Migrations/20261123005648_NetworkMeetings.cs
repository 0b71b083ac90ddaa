using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NetworkMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarBody",
                table: "OutgoingMail",
                type: "TEXT",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarMethod",
                table: "OutgoingMail",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FixedDueOn",
                table: "DeadlineClock",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MeetingActionId",
                table: "DeadlineClock",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarFeed",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    LastGoodContent = table.Column<string>(type: "TEXT", maxLength: 2000000, nullable: true),
                    LastGoodAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BusyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NextRefreshAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeed", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeed_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TargetWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemoteLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyWeekdays = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyDayParts = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyWishNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Shared = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    WorkingDaysToMeeting = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpOfMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meeting_Area_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Area",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_AspNetUsers_OrganizerUserId",
                        column: x => x.OrganizerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_DeadlineClock_ClockId",
                        column: x => x.ClockId,
                        principalTable: "DeadlineClock",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_DirectoryLocation_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_Family_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Family",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meeting_Meeting_FollowUpOfMeetingId",
                        column: x => x.FollowUpOfMeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffWorkingHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffWorkingHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffWorkingHours_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffBusyTime",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffBusyTime", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffBusyTime_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffBusyTime_CalendarFeed_FeedId",
                        column: x => x.FeedId,
                        principalTable: "CalendarFeed",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingConsent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GivenTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawalRecordedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    WithdrawalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingConsent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingConsent_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingConsent_AspNetUsers_WithdrawalRecordedByUserId",
                        column: x => x.WithdrawalRecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingConsent_Meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InvitedSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnswerTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnswerTokenUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipant_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipant_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipant_Meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResponsibleParticipantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponsibleUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ResponsibleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAction_AspNetUsers_ResponsibleUserId",
                        column: x => x.ResponsibleUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAction_DeadlineClock_ClockId",
                        column: x => x.ClockId,
                        principalTable: "DeadlineClock",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAction_MeetingParticipant_ResponsibleParticipantId",
                        column: x => x.ResponsibleParticipantId,
                        principalTable: "MeetingParticipant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAction_Meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_MeetingActionId",
                table: "DeadlineClock",
                column: "MeetingActionId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeed_NextRefreshAt",
                table: "CalendarFeed",
                column: "NextRefreshAt");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeed_UserId",
                table: "CalendarFeed",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_AreaId_Status_StartsAt",
                table: "Meeting",
                columns: new[] { "AreaId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_ClockId",
                table: "Meeting",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_ContactId_RequestedAt",
                table: "Meeting",
                columns: new[] { "ContactId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_FamilyId",
                table: "Meeting",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_FollowUpOfMeetingId",
                table: "Meeting",
                column: "FollowUpOfMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_LocationId",
                table: "Meeting",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_OrganizerUserId_Status",
                table: "Meeting",
                columns: new[] { "OrganizerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_RecordedByUserId",
                table: "Meeting",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAction_ClockId",
                table: "MeetingAction",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAction_MeetingId",
                table: "MeetingAction",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAction_ResponsibleParticipantId",
                table: "MeetingAction",
                column: "ResponsibleParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAction_ResponsibleUserId_DueOn",
                table: "MeetingAction",
                columns: new[] { "ResponsibleUserId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingConsent_MeetingId",
                table: "MeetingConsent",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingConsent_RecordedByUserId",
                table: "MeetingConsent",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingConsent_WithdrawalRecordedByUserId",
                table: "MeetingConsent",
                column: "WithdrawalRecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipant_AnswerTokenId",
                table: "MeetingParticipant",
                column: "AnswerTokenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipant_MeetingId",
                table: "MeetingParticipant",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipant_ServiceId",
                table: "MeetingParticipant",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipant_UserId_MeetingId",
                table: "MeetingParticipant",
                columns: new[] { "UserId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffBusyTime_FeedId",
                table: "StaffBusyTime",
                column: "FeedId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffBusyTime_UserId_StartsAt",
                table: "StaffBusyTime",
                columns: new[] { "UserId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffWorkingHours_UserId_Day",
                table: "StaffWorkingHours",
                columns: new[] { "UserId", "Day" });

            migrationBuilder.AddForeignKey(
                name: "FK_DeadlineClock_MeetingAction_MeetingActionId",
                table: "DeadlineClock",
                column: "MeetingActionId",
                principalTable: "MeetingAction",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DeadlineClock_MeetingAction_MeetingActionId",
                table: "DeadlineClock");

            migrationBuilder.DropTable(
                name: "MeetingAction");

            migrationBuilder.DropTable(
                name: "MeetingConsent");

            migrationBuilder.DropTable(
                name: "StaffBusyTime");

            migrationBuilder.DropTable(
                name: "StaffWorkingHours");

            migrationBuilder.DropTable(
                name: "MeetingParticipant");

            migrationBuilder.DropTable(
                name: "CalendarFeed");

            migrationBuilder.DropTable(
                name: "Meeting");

            migrationBuilder.DropIndex(
                name: "IX_DeadlineClock_MeetingActionId",
                table: "DeadlineClock");

            migrationBuilder.DropColumn(
                name: "CalendarBody",
                table: "OutgoingMail");

            migrationBuilder.DropColumn(
                name: "CalendarMethod",
                table: "OutgoingMail");

            migrationBuilder.DropColumn(
                name: "FixedDueOn",
                table: "DeadlineClock");

            migrationBuilder.DropColumn(
                name: "MeetingActionId",
                table: "DeadlineClock");
        }
    }
}
