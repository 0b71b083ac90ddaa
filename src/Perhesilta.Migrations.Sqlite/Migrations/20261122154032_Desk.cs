using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Desk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssessedUrgency",
                table: "Contact",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignedAt",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedToUserId",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedByUserId",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosingNote",
                table: "Contact",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FamilyId",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstReachedAt",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HelpedWithOneContact",
                table: "Contact",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Contact",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeService",
                table: "Contact",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "Contact",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedByUserId",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaitingFor",
                table: "Contact",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WaitingSince",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PerformedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PerformedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VisitNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ReachedFamily = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactAction_AspNetUsers_PerformedByUserId",
                        column: x => x.PerformedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactAction_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Family",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Family", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Family_Area_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Area",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Family_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Family_Municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SituationMapping",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorrectedDescription = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TriedAlready = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ServicesInUse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InterpreterNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationMapping", x => x.ContactId);
                    table.ForeignKey(
                        name: "FK_SituationMapping_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SituationMapping_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatutoryRoute",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MadeAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MadeByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ToUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatutoryRoute", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatutoryRoute_AspNetUsers_MadeByUserId",
                        column: x => x.MadeByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatutoryRoute_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonalIdentityCode = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyMember_Family_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Family",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SituationMember_SituationMapping_ContactId",
                        column: x => x.ContactId,
                        principalTable: "SituationMapping",
                        principalColumn: "ContactId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationTopic",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationTopic", x => new { x.ContactId, x.TopicCode });
                    table.ForeignKey(
                        name: "FK_SituationTopic_SituationMapping_ContactId",
                        column: x => x.ContactId,
                        principalTable: "SituationMapping",
                        principalColumn: "ContactId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SituationTopic_Topic_TopicCode",
                        column: x => x.TopicCode,
                        principalTable: "Topic",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_AssignedToUserId_Status",
                table: "Contact",
                columns: new[] { "AssignedToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_ClosedByUserId",
                table: "Contact",
                column: "ClosedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_FamilyId",
                table: "Contact",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_Status_AreaId_Priority_RespondBy",
                table: "Contact",
                columns: new[] { "Status", "AreaId", "Priority", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_Status_ClosedAt",
                table: "Contact",
                columns: new[] { "Status", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_UpdatedByUserId",
                table: "Contact",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactAction_ContactId_PerformedAt",
                table: "ContactAction",
                columns: new[] { "ContactId", "PerformedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactAction_PerformedByUserId",
                table: "ContactAction",
                column: "PerformedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Family_AreaId",
                table: "Family",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Family_CreatedByUserId",
                table: "Family",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Family_MunicipalityCode",
                table: "Family",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_FamilyId",
                table: "FamilyMember",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_LastName_FirstName",
                table: "FamilyMember",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_PersonalIdentityCode",
                table: "FamilyMember",
                column: "PersonalIdentityCode");

            migrationBuilder.CreateIndex(
                name: "IX_SituationMapping_UpdatedByUserId",
                table: "SituationMapping",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationMember_ContactId",
                table: "SituationMember",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationTopic_TopicCode",
                table: "SituationTopic",
                column: "TopicCode");

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryRoute_ContactId_MadeAt",
                table: "StatutoryRoute",
                columns: new[] { "ContactId", "MadeAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryRoute_MadeByUserId",
                table: "StatutoryRoute",
                column: "MadeByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contact_AspNetUsers_AssignedToUserId",
                table: "Contact",
                column: "AssignedToUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Contact_AspNetUsers_ClosedByUserId",
                table: "Contact",
                column: "ClosedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Contact_AspNetUsers_UpdatedByUserId",
                table: "Contact",
                column: "UpdatedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Contact_Family_FamilyId",
                table: "Contact",
                column: "FamilyId",
                principalTable: "Family",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contact_AspNetUsers_AssignedToUserId",
                table: "Contact");

            migrationBuilder.DropForeignKey(
                name: "FK_Contact_AspNetUsers_ClosedByUserId",
                table: "Contact");

            migrationBuilder.DropForeignKey(
                name: "FK_Contact_AspNetUsers_UpdatedByUserId",
                table: "Contact");

            migrationBuilder.DropForeignKey(
                name: "FK_Contact_Family_FamilyId",
                table: "Contact");

            migrationBuilder.DropTable(
                name: "ContactAction");

            migrationBuilder.DropTable(
                name: "FamilyMember");

            migrationBuilder.DropTable(
                name: "SituationMember");

            migrationBuilder.DropTable(
                name: "SituationTopic");

            migrationBuilder.DropTable(
                name: "StatutoryRoute");

            migrationBuilder.DropTable(
                name: "Family");

            migrationBuilder.DropTable(
                name: "SituationMapping");

            migrationBuilder.DropIndex(
                name: "IX_Contact_AssignedToUserId_Status",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_ClosedByUserId",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_FamilyId",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_Status_AreaId_Priority_RespondBy",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_Status_ClosedAt",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_UpdatedByUserId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "AssessedUrgency",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "AssignedToUserId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ClosedByUserId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ClosingNote",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "FamilyId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "FirstReachedAt",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "HelpedWithOneContact",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "OutcomeService",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "UpdatedByUserId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "WaitingFor",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "WaitingSince",
                table: "Contact");
        }
    }
}
