using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Perhesilta.Migrations.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DirectoryChange",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsRemoval = table.Column<bool>(type: "boolean", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Website = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "text", nullable: true),
                    Description_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Fi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Sv = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StreetAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "text", nullable: true),
                    Accessibility_En = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Accessibility_Fi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Accessibility_Sv = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Description_En = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Description_Fi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Description_Sv = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Fi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Sv = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Access = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: false),
                    MaxAge = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Website = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "text", nullable: true),
                    ApplicationProcess_En = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ApplicationProcess_Fi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ApplicationProcess_Sv = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Description_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Eligibility_En = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Eligibility_Fi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Eligibility_Sv = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Fees_En = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Fees_Fi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Fees_Sv = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Fi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_Sv = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
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
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceTypeCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Weekday = table.Column<int>(type: "integer", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ClosesAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    Note_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note_Fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note_Sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false)
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
