using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Web.Features.Seed;

/// <summary>The shapes of Seed/demo-province.json and Seed/procedures.json.</summary>
public static class SeedFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string PathOf(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Seed", file);

    public static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(file)), Json) ?? throw new InvalidDataException($"{file} is empty.");

    public sealed record ProvinceFile(ProvinceInfo Province, List<AgencyRow> Agencies, List<CounterRow> Counters, List<FieldRow> Fields,
        List<StaffRow> Staff, string DemoPassword);
    public sealed record ProvinceInfo(string Code, string Name, string NameEn);
    public sealed record AgencyRow(string Code, string Name, string NameEn, string Kind, string Level, string? Parent, bool IsReceptionPoint,
        string? Address, string? Phone, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string? Successor);
    public sealed record CounterRow(string Code, string ReceptionPoint, string Name, string NameEn, List<string>? Fields);
    public sealed record FieldRow(string Code, string Name, string NameEn);
    public sealed record StaffRow(string Email, string FullName, string? Title, string? Phone, List<string> Roles, List<string> Agencies, string? Counter);

    public sealed record ProceduresFile(List<ProcedureRow> Procedures);
    public sealed record ProcedureRow(string Code, string Name, string NameEn, string Field, string Level, string? CompetentAgency,
        TimeRow ProcessingTime, List<FeeRow>? Fees, List<DocumentRow> Documents, string? ResultName, string? ResultNameEn, string ResultKind,
        string OnlineLevel, bool BoundaryFree, List<string>? LegalBasis, List<StepRow> Steps);
    public sealed record TimeRow(decimal Amount, string Unit, string? Cutoff);
    public sealed record FeeRow(string Name, string? NameEn, long Amount, string? Note);
    public sealed record DocumentRow(string Code, string Name, string? NameEn, string Form, int Count, bool Mandatory);
    public sealed record StepRow(string Name, string? NameEn, string Role, string Unit, decimal Allotment);
}
