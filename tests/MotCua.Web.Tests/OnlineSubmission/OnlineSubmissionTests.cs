using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.OnlineSubmission;
using MotCua.Web.Tests.Infrastructure;
using MotCua.Web.Tests.ReceptionCounter;
using static MotCua.Web.Tests.OnlineSubmission.CitizenSession;

namespace MotCua.Web.Tests.OnlineSubmission;

/// <summary>Online submission over HTTP as a browser without JavaScript uses it, on SQLite and PostgreSQL.</summary>
public abstract partial class OnlineSubmissionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string ApplyJudicialRecord = "/cong-dan/nop-ho-so/" + Api.JudicialRecord;

    private static Dictionary<string, string> Fields(string intent, string name = "Trần Thị Bích") => new()
    {
        ["_handler"] = "online",
        ["Input.Kind"] = "Person",
        ["Input.FullName"] = name,
        ["Input.IdNumber"] = "075190004321",
        ["Input.Phone"] = "0987654321",
        ["Input.Email"] = "bich@example.vn",
        ["Input.Address"] = "Phường Trấn Biên, tỉnh Đồng Nai",
        ["Input.ReceivingPoint"] = Api.Center,
        ["Input.Language"] = "vi",
        ["Input.Notes"] = "Xin nhận kết quả qua bưu điện",
        ["Input.Intent"] = intent,
    };

    private static string Email() => $"citizen-{Guid.NewGuid():N}@example.vn";

    private async Task<T> WithDb<T>(Func<MotCuaDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<MotCuaDb>());
    }

    private static long IdIn(Uri? location, string prefix) =>
        long.Parse(Regex.Match(location!.OriginalString, Regex.Escape(prefix) + @"(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Submits a complete judicial-record application; returns the dossier id.</summary>
    private static async Task<long> SubmitAsync(CounterSession citizen)
    {
        var page = await citizen.GetAsync(ApplyJudicialRecord);
        var response = await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("submit"),
            new Upload("file.TP01", "to-khai.pdf", Samples.Pdf("to khai")), new Upload("file.TP02", "cccd.jpg", Samples.Jpeg(), "image/jpeg"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdIn(response.Headers.Location, "/cong-dan/ho-so-truc-tuyen/");
    }

    private static async Task<HttpResponseMessage> CheckAsync(CounterSession officer, long id, string outcome, string[] ok, string? missing = null, string? reasons = null)
    {
        var url = $"/can-bo/tiep-nhan/truc-tuyen/{id}";
        var page = await officer.GetAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "check",
            ["Input.Key"] = CounterSession.InputValue(page, "Input.Key")!,
            ["Input.Outcome"] = outcome,
            ["Input.MissingItems"] = missing ?? "",
            ["Input.Reasons"] = reasons ?? "",
        };
        return await officer.PostAsync(url, page, fields, ok.Select(c => new KeyValuePair<string, string>("Input.Ok", c)));
    }

    [Fact]
    public async Task A_renamed_executable_or_a_web_page_named_pdf_is_refused_next_to_its_slot_and_pdf_jpeg_png_are_told_by_content()
    {
        var (citizen, userId) = await CreateAsync(app, Email());
        using var _ = citizen;
        var page = await citizen.GetAsync(ApplyJudicialRecord);

        var refused = await (await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("save"),
            new Upload("file.TP01", "to-khai.pdf", Samples.Executable()),
            new Upload("file.TP02", "cccd.pdf", Samples.Html()),
            new Upload("file.TP03", "anh.pdf", Samples.Png()))).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("id=\"slot-TP01-error\"", refused);
        Assert.Contains("id=\"slot-TP02-error\"", refused);
        Assert.DoesNotContain("id=\"slot-TP03-error\"", refused);
        Assert.Contains("không phải PDF, JPEG hay PNG", refused);
        var stored = await WithDb(db => db.Set<OnlineFile>().AsNoTracking().Where(f => f.OwnerUserId == userId).ToListAsync());
        var png = Assert.Single(stored);
        Assert.Equal(("TP03", "image/png", "anh.png"), (png.ComponentCode, png.ContentType, png.FileName));

        var again = await citizen.GetAsync($"/cong-dan/ho-so-nhap/{png.DraftId}");
        var accepted = await citizen.PostMultipartAsync($"/cong-dan/ho-so-nhap/{png.DraftId}", again, Fields("save"),
            new Upload("file.TP01", "to-khai", Samples.Pdf(), "application/octet-stream"),
            new Upload("file.TP02", "cccd.png", Samples.Jpeg(), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var types = await WithDb(db => db.Set<OnlineFile>().AsNoTracking().Where(f => f.OwnerUserId == userId).OrderBy(f => f.ComponentCode)
            .Select(f => f.ContentType).ToListAsync());
        Assert.Equal(["application/pdf", "image/jpeg", "image/png"], types);
    }

    [Fact]
    public async Task An_upload_form_posted_without_its_antiforgery_token_stores_nothing()
    {
        var (citizen, userId) = await CreateAsync(app, Email());
        using var _ = citizen;
        var content = new MultipartFormDataContent { { new StringContent("online"), "_handler" }, { new StringContent("save"), "Input.Intent" },
            { new ByteArrayContent(Samples.Pdf()), "file.TP01", "to-khai.pdf" } };

        var response = await citizen.Client.PostAsync(ApplyJudicialRecord, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await WithDb(db => db.Set<OnlineFile>().CountAsync(f => f.OwnerUserId == userId)));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit_named()
    {
        var (citizen, userId) = await CreateAsync(app, Email());
        using var _ = citizen;
        var limit = app.Services.GetRequiredService<FileStore>().Options.MaxFileBytes;
        var big = Samples.Pdf().Concat(new byte[limit]).ToArray();
        var page = await citizen.GetAsync(ApplyJudicialRecord);

        var body = await (await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("save"), new Upload("file.TP01", "to-khai.pdf", big)))
            .BodyAsync(HttpStatusCode.OK);

        Assert.Contains("id=\"slot-TP01-error\"", body);
        Assert.Contains($"lớn hơn {limit / (1024 * 1024)} MB", body);
        Assert.Equal(0, await WithDb(db => db.Set<OnlineFile>().CountAsync(f => f.OwnerUserId == userId)));
    }

    [Fact]
    public async Task A_request_larger_than_a_whole_dossier_is_turned_away_before_it_is_read()
    {
        var (citizen, _) = await CreateAsync(app, Email());
        using var __ = citizen;
        var limit = app.Services.GetRequiredService<FileStore>().Options.MaxDossierBytes;
        var page = await citizen.GetAsync(ApplyJudicialRecord);

        var response = await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("save"),
            new Upload("file.TP01", "to-khai.pdf", Samples.Pdf().Concat(new byte[limit + 2 * 1024 * 1024]).ToArray()));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("?loi=qua-lon", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_live_outside_the_web_root_and_are_served_only_to_the_owner_and_to_staff_who_may_read_the_dossier()
    {
        var (citizen, userId) = await CreateAsync(app, Email());
        var (stranger, _) = await CreateAsync(app, Email());
        using var officer = await CounterSession.SignInAsync(app, Api.Reception);
        using var otherAgency = await CounterSession.SignInAsync(app, Api.CommuneReception);
        using var a = citizen;
        using var b = stranger;

        var page = await citizen.GetAsync(ApplyJudicialRecord);
        var saved = await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("save"), new Upload("file.TP01", "../../wwwroot/x.pdf", Samples.Pdf("bi mat")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var file = await WithDb(db => db.Set<OnlineFile>().AsNoTracking().SingleAsync(f => f.OwnerUserId == userId));
        var store = app.Services.GetRequiredService<FileStore>();
        var webRoot = Path.GetFullPath(app.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath);
        var path = store.PathOf(file.StorageKey!);
        Assert.True(File.Exists(path));
        Assert.False(path.StartsWith(webRoot, StringComparison.Ordinal));
        Assert.Equal("x.pdf", file.FileName);
        Assert.DoesNotContain("x.pdf", path, StringComparison.Ordinal);

        var own = await citizen.Client.GetAsync($"/tep/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(Samples.Pdf("bi mat"), await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/tep/{file.Id}")).StatusCode);
        // A draft is the citizen's own until it is sent, even for the one-stop that will receive it.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync($"/tep/{file.Id}")).StatusCode);

        var draftPage = await citizen.GetAsync($"/cong-dan/ho-so-nhap/{file.DraftId}");
        var submitted = await citizen.PostMultipartAsync($"/cong-dan/ho-so-nhap/{file.DraftId}", draftPage, Fields("submit"),
            new Upload("file.TP02", "cccd.png", Samples.Png(), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync($"/tep/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgency.Client.GetAsync($"/tep/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/tep/{file.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_saved_resumed_listed_and_deleted()
    {
        var (citizen, userId) = await CreateAsync(app, Email(), fullName: "Lê Thị Hoa", phone: "0911222333");
        using var _ = citizen;
        var fresh = await citizen.GetAsync(ApplyJudicialRecord);
        Assert.Equal("Lê Thị Hoa", CounterSession.InputValue(fresh, "Input.FullName"));
        Assert.Equal("0911222333", CounterSession.InputValue(fresh, "Input.Phone"));

        var saved = await citizen.PostMultipartAsync(ApplyJudicialRecord, fresh, Fields("save", name: "Lê Thị Hoa Mai"), new Upload("file.TP01", "to-khai.pdf", Samples.Pdf()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draftId = IdIn(saved.Headers.Location, "/cong-dan/ho-so-nhap/");

        var resumed = await citizen.GetAsync($"/cong-dan/ho-so-nhap/{draftId}");
        Assert.Equal("Lê Thị Hoa Mai", CounterSession.InputValue(resumed, "Input.FullName"));
        Assert.Contains(">to-khai.pdf</a>", resumed);
        var list = await citizen.GetAsync("/cong-dan/ho-so-nhap");
        Assert.Contains($"href=\"/cong-dan/ho-so-nhap/{draftId}\"", list);

        var deleted = await citizen.PostAsync("/cong-dan/ho-so-nhap", list, new() { ["_handler"] = $"delete-{draftId}" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain($"href=\"/cong-dan/ho-so-nhap/{draftId}\"", await citizen.GetAsync("/cong-dan/ho-so-nhap"));
        Assert.Equal(0, await WithDb(db => db.Set<OnlineFile>().CountAsync(f => f.OwnerUserId == userId)));
    }

    [Fact]
    public async Task A_deleted_drafts_files_leave_the_disk_after_the_grace_time_unless_another_draft_holds_the_same_bytes()
    {
        var (citizen, userId) = await CreateAsync(app, Email());
        using var _ = citizen;
        var tag = Guid.NewGuid().ToString("N");
        byte[] own = Samples.Pdf("chi nhap 1 " + tag), shared = Samples.Pdf("chung " + tag);
        var page = await citizen.GetAsync(ApplyJudicialRecord);
        var first = IdIn((await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("save"),
            new Upload("file.TP01", "to-khai.pdf", own), new Upload("file.TP02", "cccd.pdf", shared))).Headers.Location, "/cong-dan/ho-so-nhap/");
        page = await citizen.GetAsync(ApplyJudicialRecord);
        var second = IdIn((await citizen.PostMultipartAsync(ApplyJudicialRecord, page, Fields("save"),
            new Upload("file.TP02", "cccd-ban-sao.pdf", shared))).Headers.Location, "/cong-dan/ho-so-nhap/");
        var store = app.Services.GetRequiredService<FileStore>();
        string Key(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.True(store.Exists(Key(own)) && store.Exists(Key(shared)));

        var list = await citizen.GetAsync("/cong-dan/ho-so-nhap");
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.PostAsync("/cong-dan/ho-so-nhap", list, new() { ["_handler"] = $"delete-{first}" })).StatusCode);
        var leftover = Path.Combine(store.RootPath, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        await File.WriteAllBytesAsync(leftover, own);
        File.SetLastWriteTimeUtc(leftover, app.Clock.GetUtcNow().UtcDateTime);
        async Task<FileSweep.Result> SweepAsync()
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<FileSweep>().SweepAsync(default);
        }

        // Within the grace time nothing goes: an upload's row may not be committed yet.
        await SweepAsync();
        Assert.True(store.Exists(Key(own)) && File.Exists(leftover));

        var now = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Advance(TimeSpan.FromHours(25));
            var swept = await SweepAsync();

            Assert.False(store.Exists(Key(own)), "the deleted draft's own file is gone");
            Assert.False(File.Exists(leftover), "the interrupted upload's leftover is gone");
            Assert.True(store.Exists(Key(shared)), "the same bytes are still held by the other draft");
            Assert.True(swept.Deleted >= 1 && swept.Temporary >= 1 && swept.Kept >= 1, swept.ToString());
        }
        finally
        {
            app.Clock.Set(now);
        }
        // (Read back at the session's own time: a day later the citizen's sign-in has expired.)
        var kept = await WithDb(db => db.Set<OnlineFile>().AsNoTracking().SingleAsync(f => f.OwnerUserId == userId && f.DraftId == second));
        Assert.Equal(shared, await (await citizen.Client.GetAsync($"/tep/{kept.Id}")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_submitted_dossier_waits_in_the_online_queue_and_gets_its_code_and_due_date_when_the_officer_accepts_it()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 13, 16, 0)); // a Friday afternoon
        var email = Email();
        var (citizen, userId) = await CreateAsync(app, email);
        using var _ = citizen;
        var id = await SubmitAsync(citizen);
        var waiting = await WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Documents).SingleAsync(d => d.Id == id));
        Assert.Equal((DossierStatus.AwaitingOnlineCheck, Channel.Online, userId, null), (waiting.Status, waiting.Channel, waiting.ApplicantUserId, waiting.Code));
        Assert.Null(waiting.DueAt);
        Assert.Contains("Chưa cấp", await citizen.GetAsync($"/cong-dan/ho-so-truc-tuyen/{id}"));

        var acceptedAt = TestClock.Vn(2026, 3, 16, 9, 0); // Monday
        app.Clock.Set(acceptedAt);
        using var officer = await CounterSession.SignInAsync(app, Api.Reception);
        Assert.Contains($"href=\"/can-bo/tiep-nhan/truc-tuyen/{id}\"", await officer.GetAsync("/can-bo/tiep-nhan/truc-tuyen"));
        using var otherPoint = await CounterSession.SignInAsync(app, Api.CommuneReception);
        Assert.DoesNotContain($"href=\"/can-bo/tiep-nhan/truc-tuyen/{id}\"", await otherPoint.GetAsync("/can-bo/tiep-nhan/truc-tuyen"));
        var accepted = await CheckAsync(officer, id, "Accept", ["TP01", "TP02"]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var dossier = await WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.Procedure).Include(d => d.Steps).SingleAsync(d => d.Id == id));
        var calendar = await app.Services.GetRequiredService<CalendarService>().CurrentAsync();
        Assert.Equal(DossierStatus.Accepted, dossier.Status);
        Assert.StartsWith(Api.Center + "-260316-", dossier.Code, StringComparison.Ordinal);
        Assert.Equal(calendar.DueDate(acceptedAt, dossier.Procedure!.ProcessingTime), dossier.DueAt);
        Assert.NotEqual(calendar.DueDate(TestClock.Vn(2026, 3, 13, 16, 0), dossier.Procedure.ProcessingTime), dossier.DueAt);
        Assert.Equal(acceptedAt, dossier.ReceivedAt);
        Assert.NotEmpty(dossier.Steps);
        Assert.DoesNotContain($"href=\"/can-bo/tiep-nhan/truc-tuyen/{id}\"", await officer.GetAsync("/can-bo/tiep-nhan/truc-tuyen"));
        using var later = await CounterSession.SignInAsync(app, email);
        Assert.Contains(dossier.Code!, await later.GetAsync($"/cong-dan/ho-so-truc-tuyen/{id}"));
    }

    [Fact]
    public async Task An_online_dossier_takes_the_notice_channels_saved_in_the_citizens_details()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 16, 9, 0));
        var (citizen, userId) = await CreateAsync(app, Email());
        using var _ = citizen;
        await WithDb(async db =>
        {
            db.Add(new MotCua.Web.Features.Citizens.CitizenProfile { UserId = userId, FullName = "Trần Thị Bích", NotifyByZalo = true, NotifyByEmail = true });
            return await db.SaveChangesAsync();
        });

        var id = await SubmitAsync(citizen);

        var dossier = await WithDb(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(NotifyChannels.Zalo | NotifyChannels.Email, dossier.NotifyBy);
    }

    [Fact]
    public async Task A_supplement_asked_at_the_check_is_sent_online_and_the_dossier_returns_to_the_check()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 17, 9, 0));
        var (citizen, _) = await CreateAsync(app, Email());
        using var _c = citizen;
        var id = await SubmitAsync(citizen);
        using var officer = await CounterSession.SignInAsync(app, Api.Reception);

        var asked = await CheckAsync(officer, id, "RequestSupplement", ["TP01"], missing: "Ảnh CCCD mờ, chụp lại rõ hai mặt");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var waiting = await WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.SupplementRequests).SingleAsync(d => d.Id == id));
        Assert.Equal(DossierStatus.SupplementRequestedAtIntake, waiting.Status);
        Assert.Null(waiting.Code);

        var page = await citizen.GetAsync($"/cong-dan/ho-so-truc-tuyen/{id}");
        Assert.Contains("Ảnh CCCD mờ, chụp lại rõ hai mặt", page);
        var sent = await citizen.PostMultipartAsync($"/cong-dan/ho-so-truc-tuyen/{id}", page,
            new() { ["_handler"] = "supplement", ["Input.Intent"] = "send" }, new Upload("file.TP02", "cccd-ro.png", Samples.Png(), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var back = await WithDb(db => db.Dossiers.AsNoTracking().Include(d => d.SupplementRequests).SingleAsync(d => d.Id == id));
        Assert.Equal(DossierStatus.AwaitingOnlineCheck, back.Status);
        Assert.NotNull(Assert.Single(back.SupplementRequests).ReceivedAt);
        Assert.Null(back.EndedAt);
        Assert.Contains($"href=\"/can-bo/tiep-nhan/truc-tuyen/{id}\"", await officer.GetAsync("/can-bo/tiep-nhan/truc-tuyen"));
        Assert.Contains("cccd-ro.png", await officer.GetAsync($"/can-bo/tiep-nhan/truc-tuyen/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await CheckAsync(officer, id, "Accept", ["TP01", "TP02"])).StatusCode);
        Assert.Equal(DossierStatus.Accepted, await WithDb(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_refusal_at_the_check_keeps_the_dossier_without_a_code_and_tells_the_citizen_why()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 18, 9, 0));
        var (citizen, _) = await CreateAsync(app, Email());
        using var _c = citizen;
        var id = await SubmitAsync(citizen);
        using var officer = await CounterSession.SignInAsync(app, Api.Reception);

        Assert.Equal(HttpStatusCode.Redirect, (await CheckAsync(officer, id, "Refuse", [], reasons: "Không thuộc thẩm quyền")).StatusCode);

        Assert.Equal(DossierStatus.RefusedAtIntake, await WithDb(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.Contains("Không thuộc thẩm quyền", await citizen.GetAsync($"/cong-dan/ho-so-truc-tuyen/{id}"));
        // Decided once: a second decision on the same dossier is refused.
        var again = await CheckAsync(officer, id, "Accept", ["TP01", "TP02"]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(DossierStatus.RefusedAtIntake, await WithDb(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_document_of_an_earlier_dossier_is_reused_instead_of_uploaded_and_the_dossier_records_the_reuse()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 19, 9, 0));
        var (citizen, userId) = await CreateAsync(app, Email());
        using var _c = citizen;
        var first = await SubmitAsync(citizen);
        var earlier = await WithDb(db => db.Set<OnlineFile>().AsNoTracking().SingleAsync(f => f.DossierId == first && f.ComponentCode == "TP02"));

        var page = await citizen.GetAsync(ApplyJudicialRecord);
        Assert.Contains($"value=\"f{earlier.Id}\"", page);
        var fields = Fields("submit");
        fields["reuse.TP02"] = "f" + earlier.Id;
        var response = await citizen.PostMultipartAsync(ApplyJudicialRecord, page, fields, new Upload("file.TP01", "to-khai-2.pdf", Samples.Pdf("lan 2")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var second = IdIn(response.Headers.Location, "/cong-dan/ho-so-truc-tuyen/");

        var documents = await WithDb(db => db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == second).ToDictionaryAsync(d => d.ComponentCode, d => d.Reused));
        Assert.True(documents["TP02"]);
        Assert.False(documents["TP01"]);
        var reused = await WithDb(db => db.Set<OnlineFile>().AsNoTracking().SingleAsync(f => f.DossierId == second && f.ComponentCode == "TP02"));
        Assert.Equal((earlier.Id, earlier.StorageKey), (reused.ReusedFromFileId!.Value, reused.StorageKey));

        // Someone else's file cannot be reused by guessing its id.
        var (stranger, strangerId) = await CreateAsync(app, Email());
        using var _s = stranger;
        var strangerPage = await stranger.GetAsync(ApplyJudicialRecord);
        var strangerFields = Fields("save");
        strangerFields["reuse.TP02"] = "f" + earlier.Id;
        var body = await (await stranger.PostMultipartAsync(ApplyJudicialRecord, strangerPage, strangerFields)).BodyAsync(HttpStatusCode.OK);
        Assert.Contains("id=\"slot-TP02-error\"", body);
        Assert.Equal(0, await WithDb(db => db.Set<OnlineFile>().CountAsync(f => f.OwnerUserId == strangerId)));
    }

    [Fact]
    public async Task A_supplement_asked_during_processing_is_sent_online_and_listed_for_the_reception_officer()
    {
        app.Clock.Set(TestClock.Vn(2026, 3, 23, 9, 0));
        var (citizen, _) = await CreateAsync(app, Email());
        using var _c = citizen;
        var id = await SubmitAsync(citizen);
        using var officer = await CounterSession.SignInAsync(app, Api.Reception);
        Assert.Equal(HttpStatusCode.Redirect, (await CheckAsync(officer, id, "Accept", ["TP01", "TP02"])).StatusCode);
        var code = await WithDb(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Code).SingleAsync());
        var reception = await app.ClientFor(Api.Reception);
        await reception.ActOk(code!, "transfer");
        var leader = await app.ClientFor(Api.PoliceLeader);
        await leader.ActOk(code!, "assign", new { assigneeEmail = Api.PoliceSpecialist });
        var specialist = await app.ClientFor(Api.PoliceSpecialist);
        await specialist.ActOk(code!, "request-supplement", new { items = new[] { "Bản sao sổ hộ khẩu" }, reason = "Thiếu giấy tờ" });

        var page = await citizen.GetAsync($"/cong-dan/ho-so-truc-tuyen/{id}");
        Assert.Contains("Bản sao sổ hộ khẩu", page);
        var sent = await citizen.PostMultipartAsync($"/cong-dan/ho-so-truc-tuyen/{id}", page,
            new() { ["_handler"] = "supplement", ["Input.Intent"] = "send" }, new Upload("file.TP03", "so-ho-khau.pdf", Samples.Pdf("ho khau")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var queue = await officer.GetAsync("/can-bo/tiep-nhan/truc-tuyen");
        Assert.Contains($"/can-bo/tim-ho-so?ma={Uri.EscapeDataString(code!)}", queue);
        await reception.ActOk(code!, "receive-supplement");
        Assert.DoesNotContain($"/can-bo/tim-ho-so?ma={Uri.EscapeDataString(code!)}", await officer.GetAsync("/can-bo/tiep-nhan/truc-tuyen"));
    }
}

public sealed class OnlineSubmissionOnSqlite(SqliteApp app) : OnlineSubmissionTests<SqliteApp>(app);

public sealed class OnlineSubmissionOnPostgres(PostgresApp app) : OnlineSubmissionTests<PostgresApp>(app);
