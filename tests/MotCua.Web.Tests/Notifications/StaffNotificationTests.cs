using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Notifications.Staff;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Staff hear of their work in the workspace inbox and by e-mail: an assignment, a consultation asked of their unit, a
/// late answer, a step past its own due time (found by the overdue scan, once, even with two app nodes scanning).
/// </summary>
public abstract class StaffNotificationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private async Task<string> ReceiveAndTransferAsync()
    {
        using var reception = await app.ClientFor(Reception);
        var code = (await reception.Intake(new
        {
            procedureCode = JudicialRecord,
            applicant = new { kind = "Person", fullName = "Trần Văn Cán", phone = "0913000777" },
            receivedComponents = new[] { "TP01", "TP02" },
            notifyBy = Array.Empty<string>(),
        })).Str("code");
        await reception.ActOk(code, "transfer");
        return code;
    }

    private static Task<List<StaffNotice>> NoticesAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> instance, string code) =>
        instance.InDb(db => db.Set<StaffNotice>().AsNoTracking().Where(n => n.DossierCode == code).OrderBy(n => n.Id).ToListAsync());

    private static Task<Dictionary<string, string>> UserIdsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> instance, params string[] emails) =>
        instance.InDb(db => db.Users.Where(u => emails.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id));

    [Fact]
    public async Task An_assigned_officer_finds_the_dossier_in_the_inbox_and_in_the_mailbox_and_marks_it_read()
    {
        await using var instance = app.Instance(email: true);
        await instance.SettleEarlierMessagesAsync();
        // Staff mail goes to a mailbox of the test's own (the demo addresses are not deliverable here); sign-in is by user name.
        var mailbox = Mailbox.NewAddress();
        await instance.InDb(db => db.Users.Where(u => u.UserName == PoliceSpecialist).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, mailbox)));
        var ids = await UserIdsAsync(instance, PoliceSpecialist);
        // Notices of the other tests of this class are read already: the count below is this test's own.
        await instance.InDb(db => db.Set<StaffNotice>().Where(n => n.UserId == ids[PoliceSpecialist])
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, DateTimeOffset.UnixEpoch)));
        var code = await ReceiveAndTransferAsync();
        using (var leader = await app.ClientFor(PoliceLeader))
        {
            await leader.ActOk(code, "assign", new { assigneeEmail = PoliceSpecialist });
        }

        await instance.Dispatcher().DrainAsync();

        var notice = Assert.Single(await NoticesAsync(instance, code));
        Assert.Equal(ids[PoliceSpecialist], notice.UserId);
        Assert.Equal($"Hồ sơ {code} được giao cho bạn", notice.Subject);
        Assert.Contains($"https://motcua.example.vn/can-bo/ho-so/{code}", notice.Text, StringComparison.Ordinal);
        var mail = await Mailbox.WaitForAsync(mailbox, TimeSpan.FromSeconds(20));
        Assert.Equal($"Hồ sơ {code} được giao cho bạn", mail.Subject);
        var message = await instance.MessageAsync(code, OutboxTopics.Assigned);
        var log = await instance.DeliveriesAsync(message.Id);
        Assert.Equal(["email", "workspace"], log.Select(d => d.Channel).Order().ToArray());
        Assert.All(log, d => Assert.Equal(DeliveryStatus.Sent, d.Status));

        var pages = await app.PagesFor(PoliceSpecialist);
        var (status, html) = await pages.Page("/can-bo/thong-bao");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Hồ sơ {code} được giao cho bạn", html, StringComparison.Ordinal);
        Assert.Contains("Thông báo, 1 chưa đọc", html, StringComparison.Ordinal);
        var read = await pages.PostForm("/can-bo/thong-bao", "read-all", new Dictionary<string, string> { ["Input.Confirm"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var (_, after) = await pages.Page("/can-bo/thong-bao");
        Assert.DoesNotContain("Thông báo, 1 chưa đọc", after, StringComparison.Ordinal);
        Assert.Contains("0 thông báo chưa đọc.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consultation_reaches_the_leaders_of_the_asked_unit_and_a_late_answer_reaches_the_asking_unit_and_the_center()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 9, 9, 0));
        await using var instance = app.Instance();
        await instance.SettleEarlierMessagesAsync();
        var code = await ReceiveAndTransferAsync();
        using (var leader = await app.ClientFor(PoliceLeader))
        using (var specialist = await app.ClientFor(PoliceSpecialist))
        using (var tax = await app.ClientFor(TaxSpecialist))
        {
            await leader.ActOk(code, "assign", new { assigneeEmail = PoliceSpecialist });
            await specialist.ActOk(code, "consult", new { agencyCode = TaxOffice, question = "Xin ý kiến về nghĩa vụ thuế", dueInWorkingDays = 2 });
            app.Clock.Advance(TimeSpan.FromDays(7));
            await tax.ActOk(code, "answer-consultation", new { answer = "Không còn nợ thuế" });
        }

        await instance.Dispatcher().DrainAsync();

        var ids = await UserIdsAsync(instance, "leader.thue@demo.motcua.vn", PoliceLeader, Supervisor, PoliceSpecialist);
        var notices = await NoticesAsync(instance, code);
        var asked = notices.Where(n => n.Topic == OutboxTopics.ConsultationRequested).ToList();
        Assert.Equal([ids["leader.thue@demo.motcua.vn"]], asked.Select(n => n.UserId).ToArray());
        Assert.StartsWith("Thuế tỉnh Đồng Nai được đề nghị cho ý kiến", asked[0].Text, StringComparison.Ordinal);
        var late = notices.Where(n => n.Topic == OutboxTopics.ConsultationAnsweredLate).Select(n => n.UserId).Order().ToArray();
        Assert.Equal(new[] { ids[PoliceLeader], ids[Supervisor] }.Order().ToArray(), late);
    }

    [Fact]
    public async Task A_step_past_its_due_time_is_reported_once_to_its_holder_and_the_unit_leaders_even_by_two_nodes()
    {
        app.Clock.Set(TestClock.Vn(2026, 4, 6, 9, 0));
        await using var one = app.Instance();
        await using var two = app.Instance();
        await one.SettleEarlierMessagesAsync();
        var code = await ReceiveAndTransferAsync();
        using (var leader = await app.ClientFor(PoliceLeader))
        {
            await leader.ActOk(code, "assign", new { assigneeEmail = PoliceSpecialist });
        }
        var scanOne = one.Services.GetRequiredService<StepOverdueScan>();
        var scanTwo = two.Services.GetRequiredService<StepOverdueScan>();
        Assert.Equal(0, await scanOne.ScanOnceAsync());

        app.Clock.Advance(TimeSpan.FromDays(30));
        var counts = await Task.WhenAll(scanOne.ScanOnceAsync(), scanTwo.ScanOnceAsync());
        var again = await scanOne.ScanOnceAsync();
        await one.Dispatcher().DrainAsync();

        // Other dossiers of the fixture may be overdue too; this dossier's step is reported exactly once.
        Assert.True(counts.Sum() >= 1);
        Assert.Equal(0, again);
        var message = await one.MessageAsync(code, OutboxTopics.StepOverdue);
        Assert.Equal(OutboxStatus.Delivered, message.Status);
        var ids = await UserIdsAsync(one, PoliceSpecialist, PoliceLeader);
        var overdue = (await NoticesAsync(one, code)).Where(n => n.Topic == OutboxTopics.StepOverdue).ToList();
        Assert.Equal(new[] { ids[PoliceLeader], ids[PoliceSpecialist] }.Order().ToArray(), overdue.Select(n => n.UserId).Order().ToArray());
        Assert.All(overdue, n => Assert.Contains("đã quá hạn", n.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notice_for_a_channel_that_is_off_is_logged_as_not_sent_instead_of_vanishing()
    {
        await using var instance = app.Instance();
        await instance.SettleEarlierMessagesAsync();
        string code;
        using (var reception = await app.ClientFor(Reception))
        {
            code = (await reception.Intake(new
            {
                procedureCode = JudicialRecord,
                applicant = new { kind = "Person", fullName = "Lê Văn Tắt", phone = "0913000888" },
                receivedComponents = new[] { "TP01", "TP02" },
                notifyBy = new[] { "Sms" },
            })).Str("code");
        }

        await instance.Dispatcher().DrainAsync();

        var message = await instance.MessageAsync(code, OutboxTopics.DossierReceived);
        Assert.Equal(OutboxStatus.Delivered, message.Status);
        Assert.Empty(await instance.DeliveriesAsync(message.Id));
        var skipped = Assert.Single(await instance.DeliveriesAsync(message.Id, withSkipped: true));
        Assert.Equal(("sms", DeliveryStatus.Skipped, 0), (skipped.Channel, skipped.Status, skipped.Attempts));
        Assert.Equal("channel sms is off (not configured)", skipped.LastError);
    }
}

public sealed class StaffNotificationsOnSqlite(SqliteApp app) : StaffNotificationTests<SqliteApp>(app);

public sealed class StaffNotificationsOnPostgres(PostgresApp app) : StaffNotificationTests<PostgresApp>(app);
