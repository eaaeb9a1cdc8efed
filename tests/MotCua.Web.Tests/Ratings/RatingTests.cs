using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Features.Ratings;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.ReceptionCounter;
using static MotCua.Web.Tests.Ratings.RatingScenario;

namespace MotCua.Web.Tests.Ratings;

/// <summary>Rating a dossier online and on the counter tablet, on SQLite and PostgreSQL.</summary>
public abstract class RatingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    [Fact]
    public async Task A_returned_dossier_is_rated_online_once_with_the_code_and_the_phone_digits()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 3, 9, 0));
        var code = await ReturnedAsync(app, phone: "0911000101");
        using var citizen = Anonymous(app);
        var url = $"/danh-gia?ma={Uri.EscapeDataString(code)}&xm=0101";

        Assert.Contains("Không tìm thấy hồ sơ", await citizen.GetAsync($"/danh-gia?ma={Uri.EscapeDataString(code)}&xm=9999"));
        var form = await citizen.GetAsync(url);
        Assert.Contains("Rất hài lòng", form);
        Assert.DoesNotContain("Nguyễn Văn An", form);
        var posted = await citizen.PostAsync(url, form, new()
        {
            ["_handler"] = "rate", ["Input.Level"] = "VerySatisfied", ["Input.Attitude"] = "yes", ["Input.Timeliness"] = "no",
            ["Input.Convenience"] = "", ["Input.Comment"] = "Nhanh, chu đáo",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Cảm ơn", await citizen.GetAsync(posted.Headers.Location!.OriginalString));

        var again = await citizen.GetAsync(url);
        Assert.Contains("đã được đánh giá", again);
        Assert.DoesNotContain("name=\"Input.Level\"", again);

        var stored = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Set<Rating>().AsNoTracking().SingleAsync(r => r.Dossier!.Code == code));
        Assert.Equal((SatisfactionLevel.VerySatisfied, true, false, (bool?)null, RatingChannel.Online), (stored.Level, stored.Attitude!.Value, stored.Timeliness!.Value, stored.Convenience, stored.Channel));
        // Served by the officer who handed the result back, at that officer's counter.
        var (officer, counter) = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Users.Where(u => u.Email == Api.Reception)
            .Select(u => new { u.Id, u.CounterId }).SingleAsync().ContinueWith(t => (t.Result.Id, t.Result.CounterId)));
        Assert.Equal(officer, stored.OfficerId);
        Assert.Equal(counter, stored.CounterId);
    }

    [Fact]
    public async Task A_signed_in_citizen_rates_their_own_dossier_and_no_one_elses()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 12, 9, 0));
        var mine = await ReturnedAsync(app);
        var theirs = await ReturnedAsync(app);
        const string email = "citizen.rating@example.vn";
        await WithScope(app, async sp =>
        {
            var roles = sp.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
            if (!await roles.RoleExistsAsync(MotCua.Web.Features.Citizens.CitizenRoles.Citizen))
            {
                await roles.CreateAsync(new(MotCua.Web.Features.Citizens.CitizenRoles.Citizen));
            }
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MotCua.Web.Features.Organisation.AppUser>>();
            var user = new MotCua.Web.Features.Organisation.AppUser { UserName = email, Email = email, FullName = "Đỗ Văn Dân", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, MotCuaApp.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, MotCua.Web.Features.Citizens.CitizenRoles.Citizen);
            var db = sp.GetRequiredService<MotCuaDb>();
            await db.Dossiers.Where(d => d.Code == mine).ExecuteUpdateAsync(u => u.SetProperty(d => d.ApplicantUserId, user.Id));
            return 0;
        });
        using var anonymous = Anonymous(app);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Client.GetAsync("/danh-gia/" + mine)).StatusCode);

        using var citizen = await CounterSession.SignInAsync(app, email);
        Assert.Contains("Không tìm thấy hồ sơ này trong tài khoản của bạn", await citizen.GetAsync("/danh-gia/" + theirs));
        var form = await citizen.GetAsync("/danh-gia/" + mine);
        var posted = await citizen.PostAsync("/danh-gia/" + mine, form, new() { ["_handler"] = "rate", ["Input.Level"] = "Satisfied" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Cảm ơn", await citizen.GetAsync(posted.Headers.Location!.OriginalString));
        var stored = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Set<Rating>().AsNoTracking().SingleAsync(r => r.Dossier!.Code == mine));
        Assert.Equal((SatisfactionLevel.Satisfied, RatingChannel.Online), (stored.Level, stored.Channel));
    }

    [Fact]
    public async Task Two_ratings_posted_at_the_same_moment_store_one()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 4, 9, 0));
        var code = await ReturnedAsync(app);
        var id = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => WithScope(app, sp =>
            sp.GetRequiredService<RatingService>().RateOnlineAsync(id, Input(i % 2 == 0 ? SatisfactionLevel.Satisfied : SatisfactionLevel.NotSatisfied))))));

        Assert.Single(outcomes, o => o.Ok);
        Assert.All(outcomes.Where(o => !o.Ok), o => Assert.Equal(RatingErrors.AlreadyRated, o.Error));
        Assert.Equal(1, await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Set<Rating>().CountAsync(r => r.DossierId == id)));
    }

    [Fact]
    public async Task A_dossier_whose_result_is_not_returned_cannot_be_rated()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 5, 9, 0));
        var code = await InProcessingAsync(app, phone: "0911000202");
        var id = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

        var outcome = await WithScope(app, sp => sp.GetRequiredService<RatingService>().RateOnlineAsync(id, Input(SatisfactionLevel.Satisfied)));

        Assert.Equal(RatingErrors.NotReturned, outcome.Error);
        using var citizen = Anonymous(app);
        var page = await citizen.GetAsync($"/danh-gia?ma={Uri.EscapeDataString(code)}&xm=0202");
        Assert.Contains("Hồ sơ chưa trả kết quả", page);
        Assert.DoesNotContain("name=\"Input.Level\"", page);
        Assert.Equal(0, await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Set<Rating>().CountAsync(r => r.DossierId == id)));
    }

    [Fact]
    public async Task The_counter_tablet_rates_only_the_dossier_just_served_at_that_counter()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 6, 9, 0));
        var code = await ReturnedAsync(app);
        var counter = await CounterOfAsync(app, Api.Reception);
        var other = await OtherCounterAsync(app, counter);

        var elsewhere = await WithScope(app, sp => sp.GetRequiredService<RatingService>().RateAtKioskAsync(other, code, Input(SatisfactionLevel.Satisfied)));
        Assert.Equal(RatingErrors.NotServedHere, elsewhere.Error);

        var here = await WithScope(app, sp => sp.GetRequiredService<RatingService>().RateAtKioskAsync(counter, code, Input(SatisfactionLevel.Satisfied)));
        Assert.True(here.Ok, here.Error);
        Assert.Equal((RatingChannel.Kiosk, counter), (here.Rating!.Channel, here.Rating.CounterId));
    }

    [Fact]
    public async Task The_counter_tablet_refuses_a_dossier_served_longer_ago_than_the_window()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 9, 9, 0));
        var code = await ReturnedAsync(app);
        var counter = await CounterOfAsync(app, Api.Reception);

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var late = await WithScope(app, sp => sp.GetRequiredService<RatingService>().RateAtKioskAsync(counter, code, Input(SatisfactionLevel.Satisfied)));

        Assert.Equal(RatingErrors.NotServedHere, late.Error);
        Assert.DoesNotContain(await WithScope(app, sp => sp.GetRequiredService<RatingService>().ServedAtAsync(counter)), s => s.Code == code);
    }

    [Fact]
    public async Task The_tablet_page_needs_its_counters_key_shows_the_dossier_without_personal_data_and_resets_after_the_rating()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 10, 9, 0));
        var code = await ReturnedAsync(app);
        var counter = await CounterOfAsync(app, Api.Reception);
        var key = await KioskKeyAsync(app, counter);
        using var tablet = Anonymous(app);

        Assert.Contains("chưa được gắn với quầy", await tablet.GetAsync($"/quay/{counter}/danh-gia?khoa=wrong"));
        var url = $"/quay/{counter}/danh-gia?khoa={key}";
        var page = await tablet.GetAsync(url);
        Assert.Contains(code, page);
        Assert.DoesNotContain("Nguyễn Văn An", page);
        Assert.DoesNotContain("0912345678", page);
        Assert.Contains("http-equiv=\"refresh\"", page);

        // A post without the key is refused even with a valid dossier code.
        var forged = await tablet.PostAsync(url, page, new() { ["_handler"] = "kiosk-rate", ["Input.Code"] = code, ["Input.Key"] = "wrong", ["Input.Level"] = "Satisfied" });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        var posted = await tablet.PostAsync(url, page, new() { ["_handler"] = "kiosk-rate", ["Input.Code"] = code, ["Input.Key"] = key, ["Input.Level"] = "NotSatisfied", ["Input.Attitude"] = "no" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var thanks = await tablet.GetAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("Cảm ơn quý khách", thanks);
        Assert.Matches($"content=\"8;url=/quay/{counter}/danh-gia\\?khoa={key}\"", thanks);
        var reset = await tablet.GetAsync(url);
        Assert.DoesNotContain(code, reset);
        Assert.Contains("Kính chào quý khách", reset);
        var stored = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Set<Rating>().AsNoTracking().SingleAsync(r => r.Dossier!.Code == code));
        Assert.Equal((SatisfactionLevel.NotSatisfied, false, RatingChannel.Kiosk), (stored.Level, stored.Attitude!.Value, stored.Channel));
    }

    [Fact]
    public async Task A_received_dossier_shows_on_the_tablet_but_waits_for_its_result()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 11, 9, 0));
        var code = (await (await app.ClientFor(Api.Reception)).Intake(Api.JudicialRecordIntake())).Str("code");
        var counter = await CounterOfAsync(app, Api.Reception);

        var served = await WithScope(app, sp => sp.GetRequiredService<RatingService>().ServedAtAsync(counter));
        Assert.Equal(code, served[0].Code);
        var refused = await WithScope(app, sp => sp.GetRequiredService<RatingService>().RateAtKioskAsync(counter, code, Input(SatisfactionLevel.Satisfied)));
        Assert.Equal(RatingErrors.NotReturned, refused.Error);
    }

    [Fact]
    public async Task Statistics_count_ratings_per_level_and_compute_indicator_5_4()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 16, 8, 0));
        var codes = new List<string>();
        foreach (var level in new[] { SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.NotSatisfied, SatisfactionLevel.Satisfied })
        {
            var code = await ReturnedAsync(app);
            codes.Add(code);
            var id = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
            Assert.True((await WithScope(app, sp => sp.GetRequiredService<RatingService>().RateOnlineAsync(id, Input(level)))).Ok);
        }
        // A fifth dossier, not rated, but the subject of a feedback: it counts as not satisfied too.
        var withFeedback = await ReturnedAsync(app);
        await WithScope(app, sp => sp.GetRequiredService<MotCua.Web.Features.Feedback.FeedbackService>().SubmitAsync(new()
        {
            Subject = MotCua.Web.Features.Feedback.FeedbackSubject.StaffConduct, DossierCode = withFeedback, Title = "Chờ lâu",
            Content = "Phải chờ lâu", Name = "Lê Văn C", Phone = "0900000000", Consent = true,
        }, MotCua.Web.Features.Feedback.FeedbackChannel.Portal, "vi", null));
        var police = await WithScope(app, sp => sp.GetRequiredService<MotCuaDb>().Agencies.Where(a => a.Code == Api.Police).Select(a => a.Id).SingleAsync());
        var (from, to) = (TestClock.Vn(2026, 3, 16, 0, 0), TestClock.Vn(2026, 3, 17, 0, 0));

        var counts = await WithScope(app, sp => sp.GetRequiredService<RatingStatistics>().CountsAsync([police], from, to));
        var index = await WithScope(app, sp => sp.GetRequiredService<RatingStatistics>().DossierSatisfactionAsync([police], from, to));
        var elsewhere = await WithScope(app, sp => sp.GetRequiredService<RatingStatistics>().CountsAsync([police + 1000], from, to));

        Assert.Equal((1, 2, 1, 4), (counts.VerySatisfied, counts.Satisfied, counts.NotSatisfied, counts.Total));
        Assert.Equal(0.75m, counts.SatisfiedShare);
        Assert.Equal((5, 0, 2), (index.Dossiers, index.Overdue, index.Dissatisfied));
        Assert.Equal(0.6m, index.Ratio);
        Assert.Equal(12m, index.Score(18, 0.9m));
        Assert.Equal(0, elsewhere.Total);
    }
}

public sealed class RatingOnSqlite(SqliteApp app) : RatingTests<SqliteApp>(app);

public sealed class RatingOnPostgres(PostgresApp app) : RatingTests<PostgresApp>(app);
