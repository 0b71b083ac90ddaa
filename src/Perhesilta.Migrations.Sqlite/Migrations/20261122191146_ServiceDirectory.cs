using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServiceDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ServiceId",
                table: "ContactAction",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DirectoryChange",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsRemoval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryChange_AspNetUsers_ChangedByUserId",
                        column: x => x.ChangedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryOrganization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Fi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Sv = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Sv = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryOrganization", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryOrganization_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryOrganization_Municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryLocation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StreetAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    Accessibility_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Accessibility_Fi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Accessibility_Sv = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description_Fi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description_Sv = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Sv = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryLocation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryLocation_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryLocation_DirectoryOrganization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryLocation_Municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryService",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Access = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    IsFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ApplicationProcess_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApplicationProcess_Fi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApplicationProcess_Sv = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Fi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Sv = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Eligibility_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Eligibility_Fi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Eligibility_Sv = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Fees_En = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Fees_Fi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Fees_Sv = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Fi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name_Sv = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryService", x => x.Id);
                    table.CheckConstraint("CK_DirectoryService_Ages", "\"MinAge\" >= 0 AND \"MaxAge\" <= 120 AND \"MinAge\" <= \"MaxAge\"");
                    table.ForeignKey(
                        name: "FK_DirectoryService_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryService_DirectoryOrganization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "DirectoryOrganization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServiceArea",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServiceArea", x => new { x.ServiceId, x.MunicipalityCode });
                    table.ForeignKey(
                        name: "FK_DirectoryServiceArea_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DirectoryServiceArea_Municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServiceType",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceTypeCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServiceType", x => new { x.ServiceId, x.ServiceTypeCode });
                    table.ForeignKey(
                        name: "FK_DirectoryServiceType_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DirectoryServiceType_ServiceType_ServiceTypeCode",
                        column: x => x.ServiceTypeCode,
                        principalTable: "ServiceType",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpeningHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Weekday = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpensAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    ClosesAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note_Fi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note_Sv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpeningHours", x => x.Id);
                    table.CheckConstraint("CK_OpeningHours_Dates", "\"ValidTo\" IS NULL OR \"ValidTo\" >= \"ValidFrom\"");
                    table.CheckConstraint("CK_OpeningHours_Kind", "(\"Weekday\" IS NULL) <> (\"ValidFrom\" IS NULL)");
                    table.CheckConstraint("CK_OpeningHours_Times", "\"IsClosed\" OR (\"OpensAt\" IS NOT NULL AND \"ClosesAt\" IS NOT NULL AND \"OpensAt\" < \"ClosesAt\")");
                    table.CheckConstraint("CK_OpeningHours_Weekday", "\"Weekday\" IS NULL OR (\"Weekday\" >= 1 AND \"Weekday\" <= 7)");
                    table.ForeignKey(
                        name: "FK_OpeningHours_DirectoryLocation_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OpeningHours_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceAtLocation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAtLocation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceAtLocation_DirectoryLocation_LocationId",
                        column: x => x.LocationId,
                        principalTable: "DirectoryLocation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceAtLocation_DirectoryService_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactAction_ServiceId",
                table: "ContactAction",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryChange_ChangedAt",
                table: "DirectoryChange",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryChange_ChangedByUserId",
                table: "DirectoryChange",
                column: "ChangedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryChange_RecordKind_RecordId_Version",
                table: "DirectoryChange",
                columns: new[] { "RecordKind", "RecordId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLocation_MunicipalityCode",
                table: "DirectoryLocation",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLocation_OrganizationId",
                table: "DirectoryLocation",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryLocation_UpdatedByUserId",
                table: "DirectoryLocation",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryOrganization_MunicipalityCode",
                table: "DirectoryOrganization",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryOrganization_UpdatedByUserId",
                table: "DirectoryOrganization",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryService_CheckedOn",
                table: "DirectoryService",
                column: "CheckedOn");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryService_OrganizationId",
                table: "DirectoryService",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryService_UpdatedByUserId",
                table: "DirectoryService",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServiceArea_MunicipalityCode",
                table: "DirectoryServiceArea",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServiceType_ServiceTypeCode",
                table: "DirectoryServiceType",
                column: "ServiceTypeCode");

            migrationBuilder.CreateIndex(
                name: "IX_OpeningHours_LocationId",
                table: "OpeningHours",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_OpeningHours_ServiceId",
                table: "OpeningHours",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAtLocation_LocationId",
                table: "ServiceAtLocation",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAtLocation_ServiceId_LocationId",
                table: "ServiceAtLocation",
                columns: new[] { "ServiceId", "LocationId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ContactAction_DirectoryService_ServiceId",
                table: "ContactAction",
                column: "ServiceId",
                principalTable: "DirectoryService",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContactAction_DirectoryService_ServiceId",
                table: "ContactAction");

            migrationBuilder.DropTable(
                name: "DirectoryChange");

            migrationBuilder.DropTable(
                name: "DirectoryServiceArea");

            migrationBuilder.DropTable(
                name: "DirectoryServiceType");

            migrationBuilder.DropTable(
                name: "OpeningHours");

            migrationBuilder.DropTable(
                name: "ServiceAtLocation");

            migrationBuilder.DropTable(
                name: "DirectoryLocation");

            migrationBuilder.DropTable(
                name: "DirectoryService");

            migrationBuilder.DropTable(
                name: "DirectoryOrganization");

            migrationBuilder.DropIndex(
                name: "IX_ContactAction_ServiceId",
                table: "ContactAction");

            migrationBuilder.DropColumn(
                name: "ServiceId",
                table: "ContactAction");
        }
    }
}
