using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatutorySnapshotAndWorklistIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_ToAgencyId",
                table: "Consultations");

            migrationBuilder.AddColumn<decimal>(
                name: "Allotment",
                table: "DossierSteps",
                type: "numeric(9,3)",
                precision: 9,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "TimeAmount",
                table: "Dossiers",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "TimeCutoff",
                table: "Dossiers",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeUnit",
                table: "Dossiers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_DossierSteps_AssignedToId_CompletedAt",
                table: "DossierSteps",
                columns: new[] { "AssignedToId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSteps_Open_AgencyId",
                table: "DossierSteps",
                column: "AgencyId",
                filter: "\"CompletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CompetentAgencyId_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "CompetentAgencyId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivedAt",
                table: "Dossiers",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ToAgencyId_AnsweredAt",
                table: "Consultations",
                columns: new[] { "ToAgencyId", "AnsweredAt" });

            // Dossiers received before this migration take the statutory time and step shares of their procedure as
            // it stands now: the best record there is of the law they were received under.
            migrationBuilder.Sql("""
                UPDATE "Dossiers" SET
                    "TimeAmount" = (SELECT p."TimeAmount" FROM "Procedures" p WHERE p."Id" = "Dossiers"."ProcedureId"),
                    "TimeUnit" = (SELECT p."TimeUnit" FROM "Procedures" p WHERE p."Id" = "Dossiers"."ProcedureId"),
                    "TimeCutoff" = (SELECT p."Cutoff" FROM "Procedures" p WHERE p."Id" = "Dossiers"."ProcedureId");
                UPDATE "DossierSteps" SET "Allotment" = COALESCE((
                    SELECT t."Allotment"
                    FROM (SELECT s."ProcedureId", s."Allotment", ROW_NUMBER() OVER (PARTITION BY s."ProcedureId" ORDER BY s."Order") - 1 AS "Index"
                          FROM "ProcessStep" s) t
                    JOIN "Dossiers" d ON d."ProcedureId" = t."ProcedureId"
                    WHERE d."Id" = "DossierSteps"."DossierId" AND t."Index" = "DossierSteps"."Index"), 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DossierSteps_AssignedToId_CompletedAt",
                table: "DossierSteps");

            migrationBuilder.DropIndex(
                name: "IX_DossierSteps_Open_AgencyId",
                table: "DossierSteps");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CompetentAgencyId_ReceivedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ReceivedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_ToAgencyId_AnsweredAt",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Allotment",
                table: "DossierSteps");

            migrationBuilder.DropColumn(
                name: "TimeAmount",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "TimeCutoff",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "TimeUnit",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ToAgencyId",
                table: "Consultations",
                column: "ToAgencyId");
        }
    }
}
