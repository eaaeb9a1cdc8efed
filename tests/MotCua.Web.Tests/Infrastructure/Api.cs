using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>The calls a test makes, spelled the way the API documents them.</summary>
public static class Api
{
    public const string Center = "000.00.19.H19";
    public const string Police = "000.00.20.H19";
    public const string TaxOffice = "000.00.21.H19";
    public const string TranBien = "000.01.31.H19";
    public const string JudicialRecord = "2.000488";
    public const string BirthRegistration = "1.001193";
    public const string MaritalStatus = "1.004873";

    public const string Reception = "reception@demo.motcua.vn";
    public const string PoliceSpecialist = "specialist.congan@demo.motcua.vn";
    public const string PoliceLeader = "leader.congan@demo.motcua.vn";
    public const string BuildingSpecialist = "specialist.xaydung@demo.motcua.vn";
    public const string TaxSpecialist = "specialist.thue@demo.motcua.vn";
    public const string CommuneReception = "reception.tranbien@demo.motcua.vn";
    public const string CommuneSpecialist = "specialist.tranbien@demo.motcua.vn";
    public const string CommuneLeader = "leader.tranbien@demo.motcua.vn";
    public const string Supervisor = "supervisor@demo.motcua.vn";

    public static object JudicialRecordIntake(string phone = "0912345678", string? outcome = null, string[]? components = null,
        string[]? reasons = null, string[]? missing = null) => new
    {
        procedureCode = JudicialRecord,
        channel = "Counter",
        applicant = new { kind = "Person", fullName = "Nguyễn Văn An", idNumber = "075090001234", phone, email = "an@example.vn", address = "Phường Trấn Biên, tỉnh Đồng Nai" },
        receivedComponents = components ?? new[] { "TP01", "TP02" },
        outcome,
        reasons,
        missingItems = missing,
    };

    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> Intake(this HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/dossiers", body)).Json(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> Act(this HttpClient client, string code, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/{action}", body ?? new { });

    public static async Task<JsonElement> ActOk(this HttpClient client, string code, string action, object? body = null) =>
        await (await client.Act(code, action, body)).Json(HttpStatusCode.OK);

    /// <summary>Asserts a problem-details answer: its status and its stable code.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var json = await response.Json(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        return json;
    }

    public static async Task<JsonElement> Get(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).Json(HttpStatusCode.OK);

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;

    public static DateTimeOffset Time(this JsonElement e, string property) => e.GetProperty(property).GetDateTimeOffset();
}
