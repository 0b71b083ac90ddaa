using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsAndDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CountyClosure",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountyClosure", x => x.Date);
                    table.ForeignKey(
                        name: "FK_CountyClosure_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToProfessionalUserId = table.Column<string>(type: "TEXT", nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Shared = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LegalBasisExplanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutsideServiceAreaConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstAppointmentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HelpStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ForwardedToReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ForwardedFromReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReturnedToQueueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referral", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referral_Area_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Area",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referral_AspNetUsers_SentByUserId",
                        column: x => x.SentByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referral_AspNetUsers_ToProfessionalUserId",
                        column: x => x.ToProfessionalUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referral_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referral_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceProfessional",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceProfessional", x => new { x.UserId, x.ServiceId });
                    table.ForeignKey(
                        name: "FK_ServiceProfessional_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceProfessional_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineClock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatutoryRouteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DaysTaken = table.Column<int>(type: "INTEGER", nullable: true),
                    DaysLate = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineClock", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineClock_Area_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Area",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeadlineClock_AspNetUsers_ResponsibleUserId",
                        column: x => x.ResponsibleUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeadlineClock_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeadlineClock_Family_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Family",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeadlineClock_Referral_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referral",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeadlineClock_StatutoryRoute_StatutoryRouteId",
                        column: x => x.StatutoryRouteId,
                        principalTable: "StatutoryRoute",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralConsent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_ReferralConsent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralConsent_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralConsent_AspNetUsers_WithdrawalRecordedByUserId",
                        column: x => x.WithdrawalRecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralConsent_Referral_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referral",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralEvent_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralEvent_Referral_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referral",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClockAlert",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockAlert", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockAlert_AspNetUsers_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClockAlert_DeadlineClock_ClockId",
                        column: x => x.ClockId,
                        principalTable: "DeadlineClock",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClockEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CorrectsEventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockEvent_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClockEvent_ClockEvent_CorrectsEventId",
                        column: x => x.CorrectsEventId,
                        principalTable: "ClockEvent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClockEvent_DeadlineClock_ClockId",
                        column: x => x.ClockId,
                        principalTable: "DeadlineClock",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClockAlert_ClockId_Kind_DueOn_RecipientUserId",
                table: "ClockAlert",
                columns: new[] { "ClockId", "Kind", "DueOn", "RecipientUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClockAlert_RecipientUserId",
                table: "ClockAlert",
                column: "RecipientUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockEvent_ClockId_OccurredAt",
                table: "ClockEvent",
                columns: new[] { "ClockId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ClockEvent_CorrectsEventId",
                table: "ClockEvent",
                column: "CorrectsEventId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockEvent_RecordedByUserId",
                table: "ClockEvent",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CountyClosure_CreatedByUserId",
                table: "CountyClosure",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_AreaId_StartDate",
                table: "DeadlineClock",
                columns: new[] { "AreaId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_ContactId_Rule",
                table: "DeadlineClock",
                columns: new[] { "ContactId", "Rule" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_FamilyId",
                table: "DeadlineClock",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_ReferralId",
                table: "DeadlineClock",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_ResponsibleUserId_State_DueOn",
                table: "DeadlineClock",
                columns: new[] { "ResponsibleUserId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_State_DueOn",
                table: "DeadlineClock",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineClock_StatutoryRouteId",
                table: "DeadlineClock",
                column: "StatutoryRouteId");

            migrationBuilder.CreateIndex(
                name: "IX_Referral_AreaId_ReturnedToQueueAt",
                table: "Referral",
                columns: new[] { "AreaId", "ReturnedToQueueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referral_ContactId_SentAt",
                table: "Referral",
                columns: new[] { "ContactId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referral_SentByUserId",
                table: "Referral",
                column: "SentByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Referral_ServiceId_Status",
                table: "Referral",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referral_Status_SentAt",
                table: "Referral",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referral_ToProfessionalUserId",
                table: "Referral",
                column: "ToProfessionalUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralConsent_RecordedByUserId",
                table: "ReferralConsent",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralConsent_ReferralId",
                table: "ReferralConsent",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralConsent_WithdrawalRecordedByUserId",
                table: "ReferralConsent",
                column: "WithdrawalRecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvent_ByUserId",
                table: "ReferralEvent",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvent_ReferralId_At",
                table: "ReferralEvent",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceProfessional_ServiceId",
                table: "ServiceProfessional",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClockAlert");

            migrationBuilder.DropTable(
                name: "ClockEvent");

            migrationBuilder.DropTable(
                name: "CountyClosure");

            migrationBuilder.DropTable(
                name: "ReferralConsent");

            migrationBuilder.DropTable(
                name: "ReferralEvent");

            migrationBuilder.DropTable(
                name: "ServiceProfessional");

            migrationBuilder.DropTable(
                name: "DeadlineClock");

            migrationBuilder.DropTable(
                name: "Referral");
        }
    }
}
