using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntegrationExternalReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalSource",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ExternalSource_ExternalId",
                table: "Dossiers",
                columns: new[] { "ExternalSource", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ExternalSource_ExternalId",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ExternalSource",
                table: "Dossiers");
        }
    }
}
