using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HelpRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmergencySocialServicesPhone",
                table: "Area",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotificationReceivingUnit",
                table: "Area",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Contact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferenceCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InitiatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Requester = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NeedsImmediateUrgencyAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    RoutedToUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CallbackDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CallbackFrom = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    CallbackTo = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    InterpreterNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentToContactProfessionals = table.Column<bool>(type: "INTEGER", nullable: true),
                    ProfessionalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProfessionalOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProfessionalRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProfessionalPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProfessionalEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConsentGivenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SourceSite = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdviceAnswer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AdviceAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceTask = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contact_Area_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Area",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contact_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contact_Municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingMail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingMail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactChild",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Unborn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactChild", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactChild_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactTopic",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactTopic", x => new { x.ContactId, x.TopicCode });
                    table.ForeignKey(
                        name: "FK_ContactTopic_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactTopic_Topic_TopicCode",
                        column: x => x.TopicCode,
                        principalTable: "Topic",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_AreaId_Status_InitiatedAt",
                table: "Contact",
                columns: new[] { "AreaId", "Status", "InitiatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_IdempotencyKey",
                table: "Contact",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contact_MunicipalityCode",
                table: "Contact",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_RecordedByUserId",
                table: "Contact",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_ReferenceCode",
                table: "Contact",
                column: "ReferenceCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contact_StatusTokenHash",
                table: "Contact",
                column: "StatusTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactChild_ContactId",
                table: "ContactChild",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactTopic_TopicCode",
                table: "ContactTopic",
                column: "TopicCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_Status_NextAttemptAt",
                table: "OutgoingMail",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactChild");

            migrationBuilder.DropTable(
                name: "ContactTopic");

            migrationBuilder.DropTable(
                name: "OutgoingMail");

            migrationBuilder.DropTable(
                name: "Contact");

            migrationBuilder.DropColumn(
                name: "EmergencySocialServicesPhone",
                table: "Area");

            migrationBuilder.DropColumn(
                name: "NotificationReceivingUnit",
                table: "Area");
        }
    }
}
