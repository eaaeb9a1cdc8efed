using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Ratings.RatingScenario;

namespace MotCua.Web.Tests.Feedback;

/// <summary>Feedback sent and handled through the services the pages use.</summary>
public static class FeedbackScenario
{
    public static FeedbackSubmission About(string procedure = Api.JudicialRecord, string name = "Trần Thị Bình", string phone = "0987654321",
        string? email = "binh@example.vn", string content = "Thủ tục yêu cầu nộp bản sao không cần thiết.") => new()
    {
        Kind = FeedbackKind.Recommendation, Subject = FeedbackSubject.Procedure, ProcedureCode = procedure, Title = "Giảm giấy tờ khi cấp lý lịch tư pháp",
        Content = content, Name = name, Phone = phone, Email = email, Consent = true,
    };

    public static Task<FeedbackCase> SendAsync(MotCuaApp app, FeedbackSubmission? input = null) => WithScope(app, async sp =>
    {
        var sent = await sp.GetRequiredService<FeedbackService>().SubmitAsync(input ?? About(), FeedbackChannel.Portal, "vi", null);
        Assert.True(sent.Case is not null, string.Join(", ", sent.Errors.Select(e => e.Key + ": " + e.Value)));
        return sent.Case!;
    });

    /// <summary>A staff member's scope as the pages load it, without a browser.</summary>
    public static Task<StaffScope.Loaded> StaffAsync(MotCuaApp app, string email) => WithScope(app, async sp =>
    {
        var db = sp.GetRequiredService<MotCuaDb>();
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.FullName }).SingleAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync();
        var direct = await db.StaffAgencies.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToListAsync();
        var tree = await sp.GetRequiredService<OrganisationCache>().GetAsync();
        return new StaffScope.Loaded(user.Id, user.FullName, roles.ToHashSet(), tree.WithDescendants(direct), direct);
    });

    public static async Task ActOkAsync(MotCuaApp app, long id, FeedbackStep step, string email, FeedbackService.StepInput? input = null)
    {
        var staff = await StaffAsync(app, email);
        var error = await WithScope(app, sp => sp.GetRequiredService<FeedbackService>().ActAsync(id, step, input ?? new() { Text = "Ghi chú" }, staff));
        Assert.True(error is null, $"{step} by {email}: {error}");
    }

    public static Task<string?> ActAsync(MotCuaApp app, long id, FeedbackStep step, string email, FeedbackService.StepInput? input = null) =>
        StaffAsync(app, email).ContinueWith(t => WithScope(app, sp => sp.GetRequiredService<FeedbackService>().ActAsync(id, step, input ?? new() { Text = "Ghi chú" }, t.Result))).Unwrap();

    public static Task<int> AgencyAsync(MotCuaApp app, string code) => WithScope(app, sp =>
        sp.GetRequiredService<MotCuaDb>().Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    public static Task<FeedbackCase> ReloadAsync(MotCuaApp app, long id) => WithScope(app, sp =>
        sp.GetRequiredService<MotCuaDb>().Set<FeedbackCase>().AsNoTracking().Include(f => f.History).SingleAsync(f => f.Id == id));
}
