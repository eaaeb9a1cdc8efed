using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.ReceptionCounter;
using static MotCua.Web.Tests.Feedback.FeedbackScenario;
using static MotCua.Web.Tests.Ratings.RatingScenario;

namespace MotCua.Web.Tests.Feedback;

/// <summary>Feedback (PAKN) from the portal to the published answer, on SQLite and PostgreSQL.</summary>
public abstract class FeedbackTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task Deadlines_are_counted_in_working_days_across_the_Tet_holiday()
    {
        // Friday 13 Feb 2026, the last working day before Tết (off Sat 14 – Sun 22 Feb).
        app.Clock.Set(TestClock.Vn(2026, 2, 13, 10, 0));

        var f = await SendAsync(app);

        Assert.Equal(TestClock.Vn(2026, 2, 24, 17, 0), f.RefuseDueAt);
        Assert.Equal(TestClock.Vn(2026, 2, 27, 17, 0), f.AskInformationDueAt);
        Assert.Equal(TestClock.Vn(2026, 3, 13, 17, 0), f.ResolveDueAt);
        Assert.Matches(@"^PA-260213-[2-9A-Z]{6}$", f.TrackingCode);
        Assert.Equal(FeedbackStatus.Received, f.Status);
    }

    [Fact]
    public async Task The_answer_is_due_for_publication_two_working_days_later_over_the_April_holidays_and_a_weekend()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 20, 9, 0));
        var f = await SendAsync(app);
        await ActOkAsync(app, f.Id, FeedbackStep.Classify, Api.Supervisor, new() { AgencyId = await AgencyAsync(app, Api.Police) });
        // Wednesday 29 April: 30 April and 1 May are holidays, then a weekend.
        app.Clock.Set(TestClock.Vn(2026, 4, 29, 10, 0));
        await ActOkAsync(app, f.Id, FeedbackStep.Answer, Api.PoliceSpecialist, new() { Text = "Đã tiếp thu." });

        var answered = await ReloadAsync(app, f.Id);
        Assert.Equal(TestClock.Vn(2026, 5, 5, 17, 0), answered.PublishDueAt);
        Assert.Equal(FeedbackStatus.Answered, answered.Status);
    }

    [Fact]
    public async Task Steps_past_their_deadline_are_marked_overdue_in_the_list_and_late_in_the_history()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 2, 9, 0));
        var late = await SendAsync(app);
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 16, 0));
        var fresh = await SendAsync(app, About(name: "Phạm Văn D", phone: "0977000111"));

        // Refusal window (2 working days) of the first ended on Wed 4 March at 17:00.
        app.Clock.Set(TestClock.Vn(2026, 3, 5, 9, 0));
        using var supervisor = await CounterSession.SignInAsync(app, Api.Supervisor);
        var overdue = await supervisor.GetAsync("/can-bo/phan-anh?qua-han=true");
        Assert.Contains(late.TrackingCode, overdue);
        Assert.DoesNotContain(fresh.TrackingCode, overdue);
        Assert.Contains("Quá hạn", overdue);

        await ActOkAsync(app, late.Id, FeedbackStep.Classify, Api.Supervisor, new() { AgencyId = await AgencyAsync(app, Api.Police) });
        var classified = await ReloadAsync(app, late.Id);
        Assert.True(classified.History.Single(h => h.Action == "classified").Late);
        Assert.False(FeedbackClock.IsOverdue(classified, app.Clock.GetUtcNow()));

        // 15 working days from 2 March end on Monday 23 March.
        Assert.Equal(TestClock.Vn(2026, 3, 23, 17, 0), classified.ResolveDueAt);
        app.Clock.Set(TestClock.Vn(2026, 3, 24, 9, 0));
        Assert.True(FeedbackClock.IsOverdue(await ReloadAsync(app, late.Id), app.Clock.GetUtcNow()));
        await ActOkAsync(app, late.Id, FeedbackStep.Answer, Api.PoliceSpecialist, new() { Text = "Trả lời muộn." });
        var answered = await ReloadAsync(app, late.Id);
        Assert.True(answered.History.Single(h => h.Action == "answered").Late);
        Assert.Equal(Enumerable.Range(1, answered.History.Count), answered.History.OrderBy(h => h.Sequence).Select(h => h.Sequence));

        var stats = await WithScope(app, sp => sp.GetRequiredService<FeedbackStatistics>().SummaryAsync(null, TestClock.Vn(2026, 3, 2, 0, 0), TestClock.Vn(2026, 3, 5, 0, 0)));
        Assert.Equal((2, 0, 1, 0), (stats.Received, stats.AnsweredOnTime, stats.AnsweredLate, stats.OpenOverdue));
    }

    [Fact]
    public async Task Only_the_competent_agency_answers_and_only_its_leader_or_the_center_publishes()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 25, 9, 0));
        var f = await SendAsync(app);
        Assert.Equal(FeedbackErrors.NotAllowedNow, await ActAsync(app, f.Id, FeedbackStep.Answer, Api.Supervisor, new() { Text = "Chưa phân loại" }));
        await ActOkAsync(app, f.Id, FeedbackStep.Classify, Api.Reception, new() { AgencyId = await AgencyAsync(app, Api.TaxOffice), Kind = FeedbackKind.Feedback });
        await ActOkAsync(app, f.Id, FeedbackStep.Transfer, Api.TaxSpecialist, new() { AgencyId = await AgencyAsync(app, Api.Police), Text = "Thuộc thẩm quyền Công an tỉnh" });

        Assert.Equal(FeedbackErrors.NotFound, await ActAsync(app, f.Id, FeedbackStep.Answer, Api.TaxSpecialist, new() { Text = "Không còn là của Thuế" }));
        await ActOkAsync(app, f.Id, FeedbackStep.Answer, Api.PoliceSpecialist, new() { Text = "Đã tiếp thu." });
        Assert.Equal(FeedbackErrors.NotYourAgency, await ActAsync(app, f.Id, FeedbackStep.Publish, Api.PoliceSpecialist));
        await ActOkAsync(app, f.Id, FeedbackStep.Publish, Api.PoliceLeader);
        Assert.Equal(FeedbackErrors.NotAllowedNow, await ActAsync(app, f.Id, FeedbackStep.Publish, Api.PoliceLeader));

        var done = await ReloadAsync(app, f.Id);
        Assert.Equal(["received", "classified", "transferred", "answered", "published"], done.History.OrderBy(h => h.Sequence).Select(h => h.Action));
    }

    [Fact]
    public async Task The_sender_follows_the_feedback_with_the_code_and_the_phone_digits_and_an_information_request_stops_the_clock()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 26, 9, 0));
        using var visitor = Anonymous(app);
        var form = await visitor.GetAsync("/phan-anh-kien-nghi");
        var posted = await visitor.PostAsync("/phan-anh-kien-nghi", form, new()
        {
            ["_handler"] = "feedback", ["Input.Kind"] = "Feedback", ["Input.Subject"] = "StaffConduct", ["Input.Title"] = "Cán bộ hướng dẫn chưa rõ",
            ["Input.Content"] = "Tôi phải đi lại hai lần.", ["Input.Name"] = "Võ Thị E", ["Input.Phone"] = "0933 444 555", ["Input.Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var sent = await visitor.GetAsync(posted.Headers.Location!.OriginalString);
        var code = System.Text.RegularExpressions.Regex.Match(sent, @"PA-260326-[2-9A-Z]{6}").Value;
        Assert.NotEmpty(code);

        var missing = await visitor.PostAsync("/phan-anh-kien-nghi", form, new() { ["_handler"] = "feedback", ["Input.Subject"] = "Procedure", ["Input.Title"] = "x" });
        var errors = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Chọn thủ tục được phản ánh.", errors);
        Assert.Contains("Cần số điện thoại hoặc email để trả lời.", errors);
        Assert.Contains("Cần đồng ý", errors);

        Assert.Contains("Không tìm thấy phản ánh", await visitor.GetAsync($"/phan-anh-kien-nghi/tra-cuu?ma={code}&xm=5554"));
        Assert.Contains("Mới tiếp nhận", await visitor.GetAsync($"/phan-anh-kien-nghi/tra-cuu?ma={code}&xm=4555"));

        var id = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Set<FeedbackCase>().Where(f => f.TrackingCode == code).Select(f => f.Id).SingleAsync());
        await ActOkAsync(app, id, FeedbackStep.RequestInformation, Api.Reception, new() { Text = "Xin cho biết ngày và quầy." });
        Assert.Contains("Xin cho biết ngày và quầy.", await visitor.GetAsync($"/phan-anh-kien-nghi/tra-cuu?ma={code}&xm=4555"));
        // The information arrives a week later: the 15 working days run again from then (Thu 2 April → Thu 23 April).
        app.Clock.Set(TestClock.Vn(2026, 4, 2, 9, 0));
        await ActOkAsync(app, id, FeedbackStep.ReceiveInformation, Api.Reception, new() { Text = "Quầy 01, sáng 25/3." });
        var resumed = await ReloadAsync(app, id);
        Assert.Equal(FeedbackStatus.InProgress, resumed.Status);
        Assert.Equal(TestClock.Vn(2026, 4, 23, 17, 0), resumed.ResolveDueAt);
    }

    [Fact]
    public async Task The_published_answer_shows_no_personal_data_and_tells_the_sender_through_the_outbox()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 30, 9, 0));
        var f = await SendAsync(app, About(content: "Tôi là Trần Thị Bình, CCCD 075090001234, gọi 0987 654 321 hoặc binh@example.vn. Hồ sơ 000.00.19.H19-260302-0001 phải nộp bản sao hai lần."));
        await ActOkAsync(app, f.Id, FeedbackStep.Classify, Api.Supervisor, new() { AgencyId = await AgencyAsync(app, Api.Police) });
        await ActOkAsync(app, f.Id, FeedbackStep.Answer, Api.PoliceSpecialist, new() { Text = "Kính gửi bà Trần Thị Bình (SĐT 0987654321): từ nay chỉ cần một bản sao." });
        await ActOkAsync(app, f.Id, FeedbackStep.Publish, Api.Supervisor);

        using var visitor = Anonymous(app);
        var page = await visitor.GetAsync("/phan-anh-kien-nghi/da-tra-loi");
        var article = page[page.IndexOf(f.TrackingCode, StringComparison.Ordinal)..];
        Assert.Contains("từ nay chỉ cần một bản sao", article);
        Assert.Contains("000.00.19.H19-260302-0001", article);
        foreach (var personal in new[] { "Trần Thị Bình", "075090001234", "0987 654 321", "0987654321", "binh@example.vn" })
        {
            Assert.DoesNotContain(personal, page);
        }
        var message = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Topic == FeedbackTopics.Answered && m.Payload.Contains(f.TrackingCode)));
        Assert.Contains("0987654321", message.Payload);
    }

    [Fact]
    public async Task A_visitor_likes_or_dislikes_an_answer_once()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 31, 9, 0));
        var f = await SendAsync(app);
        await ActOkAsync(app, f.Id, FeedbackStep.Classify, Api.Supervisor, new() { AgencyId = await AgencyAsync(app, Api.Police) });
        await ActOkAsync(app, f.Id, FeedbackStep.Answer, Api.PoliceSpecialist, new() { Text = "Đã tiếp thu." });
        await ActOkAsync(app, f.Id, FeedbackStep.Publish, Api.PoliceLeader);
        var url = "/phan-anh-kien-nghi/da-tra-loi/" + f.TrackingCode;

        using var first = Anonymous(app);
        var page = await first.GetAsync(url);
        var liked = await first.PostAsync(url, page, new() { ["_handler"] = "vote-" + f.TrackingCode, ["like"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, liked.StatusCode);
        var again = await first.PostAsync(url, page, new() { ["_handler"] = "vote-" + f.TrackingCode, ["like"] = "false" });
        Assert.Contains("Bạn đã bình chọn", await again.Content.ReadAsStringAsync());
        using var second = Anonymous(app);
        var other = await second.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync(url, other, new() { ["_handler"] = "vote-" + f.TrackingCode, ["like"] = "false" })).StatusCode);

        var tally = await WithScope(app, sp => sp.GetRequiredService<FeedbackVotes>().TalliesAsync([f.Id]));
        Assert.Equal(new FeedbackVotes.Tally(1, 1), tally[f.Id]);
        var stats = await WithScope(app, sp => sp.GetRequiredService<FeedbackStatistics>().SummaryAsync(null, TestClock.Vn(2026, 3, 31, 0, 0), TestClock.Vn(2026, 4, 1, 0, 0)));
        Assert.Equal((1, 1, 1, 1, 0), (stats.Received, stats.AnsweredOnTime, stats.Likes, stats.Dislikes, stats.Disliked));
        Assert.Equal(1m, stats.OnTimeRatio);
    }
}

public sealed class FeedbackOnSqlite(SqliteApp app) : FeedbackTests<SqliteApp>(app);

public sealed class FeedbackOnPostgres(PostgresApp app) : FeedbackTests<PostgresApp>(app);
