using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// Plays one accepted dossier's life through the same code a real one goes through: the intake's acceptance
/// (ProcessPlan, the calendar's due date, the first audit entry), then each officer action exactly as
/// <see cref="DossierCommands"/> applies it — <see cref="Lifecycle.Check"/> must allow it at that moment, the status
/// moves by <see cref="Lifecycle.Next"/>, <see cref="ActionEffects"/> changes the dossier (step marks by the calendar,
/// the supplement restart, the apology) and <see cref="AuditChain"/> appends the entry. Nothing after the horizon (now)
/// happens: those dossiers stay open where they are.
/// </summary>
/// <param name="db">Only handed to <see cref="ActionContext"/>: the actions played here (transfer, forward, supplement,
/// refusal, stop, withdrawal, apology, result, return) do not query the database; assign and consult, which do, are not played.</param>
public sealed class DossierLife(ProvinceModel province, MotCuaDb db, DateTimeOffset horizon)
{
    private WorkingCalendar Calendar => province.Calendar;

    public DateTimeOffset Horizon => horizon;

    /// <summary>Actions the lifecycle refused (a generator bug if ever non-zero: the plan should only take allowed steps).</summary>
    public int RuleRefusals { get; private set; }

    public enum Fate { Normal, Late, SupplementOnce, SupplementTwice, SupplementAbandoned, Refused, Withdrawn }

    public static Fate PickFate(Random random, Procedure procedure)
    {
        var x = random.NextDouble();
        // The supplement window (3 working days) and the restart make sense for procedures of a few days or more.
        var longEnough = procedure.TimeUnit is TimeUnit.WorkingDays or TimeUnit.CalendarDays && procedure.TimeAmount >= 3;
        return x switch
        {
            < 0.005 => Fate.Withdrawn,
            < 0.013 => Fate.Refused,
            < 0.031 => Fate.Late,
            < 0.036 when longEnough => Fate.SupplementTwice,
            < 0.040 when longEnough => Fate.SupplementAbandoned,
            < 0.086 when longEnough => Fate.SupplementOnce,
            _ => Fate.Normal,
        };
    }

    public void Accept(Dossier d, Procedure procedure, Agency receiving, string code, IReadOnlyCollection<string> received)
    {
        var now = d.ReceivedAt;
        var officer = province.Staff(receiving.Id, StaffRoles.ReceptionOfficer);
        d.ReceivedById = officer.UserId;
        d.Status = DossierStatus.Accepted;
        d.Code = code;
        d.Steps = ProcessPlan.Create(procedure, d.ReceivingPointId, d.CompetentAgencyId, province.AgencyIds, now, Calendar);
        d.Steps[0].StartedById = officer.UserId;
        d.ProcessingTime = procedure.ProcessingTime;
        d.DueAt = d.OriginalDueAt = Calendar.DueDate(now, d.ProcessingTime);
        d.TransferDeadline = d.Steps[0].DueAt;
        AuditChain.Append(d, new AuditChain.Actor(officer.UserId, officer.FullName), "intake", now, null, nameof(DossierStatus.Accepted), null,
            new { received = received.Order(), dueAt = d.DueAt });
    }

    /// <summary>IntakeService's other two outcomes (Art. 15): no code, asked once for everything missing, or refused.</summary>
    public void TurnDown(Dossier d, Agency receiving, IntakeOutcome outcome, IReadOnlyList<string> missing)
    {
        var now = d.ReceivedAt;
        var officer = province.Staff(receiving.Id, StaffRoles.ReceptionOfficer);
        var actor = new AuditChain.Actor(officer.UserId, officer.FullName);
        d.ReceivedById = officer.UserId;
        d.EndedAt = now;
        if (outcome == IntakeOutcome.RequestSupplement)
        {
            d.Status = DossierStatus.SupplementRequestedAtIntake;
            var items = missing.Count > 0 ? missing.ToList() : ["Bản sao giấy tờ tùy thân còn hiệu lực"];
            d.SupplementRequests.Add(new SupplementRequest
            {
                AtIntake = true, RequestedAt = now, RequestedById = officer.UserId, Items = string.Join('\n', items), Reason = "",
            });
            AuditChain.Append(d, actor, "intake-supplement", now, null, d.Status.ToString(), null, new { items });
        }
        else
        {
            d.Status = DossierStatus.RefusedAtIntake;
            d.EndReasons = "Yêu cầu không thuộc thẩm quyền giải quyết của cơ quan.";
            AuditChain.Append(d, actor, "intake-refuse", now, null, d.Status.ToString(), null, new { reasons = d.EndReasons });
        }
    }

    /// <summary>From acceptance to the end (or to the horizon).</summary>
    public void Live(Dossier d, Fate fate, Random random)
    {
        var t = d.ReceivedAt;
        if (fate == Fate.Withdrawn && random.NextDouble() < 0.3)
        {
            Act(d, DossierAction.Withdraw, Later(t, random, 0.2, 3), new ActionRequest(Reasons: ["Người nộp hồ sơ đề nghị rút hồ sơ."]), random);
            return;
        }
        // Transfer (Decree 61 Art. 18): same day, or the next morning after 15:00.
        var step0 = d.Steps[0];
        t = Within(t, step0.DueAt, Later(t, random, 0.1, 1.5));
        if (!Act(d, DossierAction.Transfer, t, new ActionRequest(), random))
        {
            return;
        }
        var supplements = fate switch { Fate.SupplementOnce or Fate.SupplementAbandoned => 1, Fate.SupplementTwice => 2, _ => 0 };
        for (var s = 0; s < supplements; s++)
        {
            t = Later(t, random, 0.2, 2);
            if (!Act(d, DossierAction.RequestSupplement, t, new ActionRequest(
                    Items: ["Bản sao có chứng thực giấy tờ chứng minh quyền sử dụng đất", "Tờ khai ghi thiếu thông tin người đại diện"],
                    Reason: "Thành phần hồ sơ chưa đầy đủ theo quy định."), random))
            {
                break;
            }
            if (fate == Fate.SupplementAbandoned)
            {
                // The applicant never came back: processing is stopped after a month.
                Act(d, DossierAction.Stop, Later(t, random, 160, 200), new ActionRequest(Reasons: ["Quá thời hạn bổ sung hồ sơ."]), random);
                return;
            }
            // Two supplements in one dossier come quickly one after the other (the second still inside the window).
            t = Later(t, random, supplements == 2 ? 1 : 4, supplements == 2 ? 6 : 40);
            if (!Act(d, DossierAction.ReceiveSupplement, t, new ActionRequest(), random))
            {
                return;
            }
        }

        var last = d.Steps.Count - 2;
        var apologised = false;
        while (d.Status == DossierStatus.InProcessing)
        {
            var step = d.Steps[d.CurrentStep];
            var hours = StepHours(d, step);
            var done = Later(t, random, hours * 0.15, hours * 0.9);
            if (fate == Fate.Refused && d.CurrentStep >= 1)
            {
                Act(d, DossierAction.Refuse, Within(t, d.DueAt!.Value, done), new ActionRequest(Reasons: ["Hồ sơ không đủ điều kiện giải quyết theo quy định."]), random);
                return;
            }
            if (fate == Fate.Withdrawn)
            {
                Act(d, DossierAction.Withdraw, done, new ActionRequest(Reasons: ["Người nộp hồ sơ đề nghị rút hồ sơ."]), random);
                return;
            }
            if (d.CurrentStep < last)
            {
                t = Within(t, step.DueAt, done);
                if (!Act(d, DossierAction.Forward, t, new ActionRequest(), random))
                {
                    return;
                }
                continue;
            }
            if (fate == Fate.Late)
            {
                // Late: the result comes after the due date; most units apologise in writing first (Art. 19(9)).
                if (!apologised && random.NextDouble() < 0.85)
                {
                    apologised = true;
                    var deadline = Lifecycle.ApologyDeadline(d.DueAt!.Value, Calendar);
                    var at = deadline > t.AddMinutes(30) ? Within(t, deadline.AddMinutes(-20), Later(t, random, 0.5, 4)) : Later(d.DueAt.Value, random, 0.2, 2);
                    at = at < t ? t.AddMinutes(5) : at;
                    var newDue = Calendar.AddWorkingDays(d.DueAt.Value, random.Next(2, 6));
                    if (Act(d, DossierAction.Apologize, at, new ActionRequest(NewDueAt: newDue,
                            Reason: "Hồ sơ cần xác minh thêm với cơ quan liên quan; xin lỗi ông/bà và hẹn lại ngày trả kết quả."), random))
                    {
                        t = at;
                    }
                }
                var due = d.DueAtBeforeApology ?? d.DueAt!.Value;
                done = Later(due > t ? due : t, random, 0.5, 12);
            }
            else
            {
                done = Within(t, d.DueAt!.Value, done);
            }
            t = done;
            if (!Act(d, DossierAction.ResultReady, t, new ActionRequest(), random))
            {
                return;
            }
        }
        if (d.Status != DossierStatus.ResultReady)
        {
            return;
        }
        // The applicant collects: at once when electronic, within days at the counter, by post a few days later.
        var method = d.Channel == Channel.Online && random.NextDouble() < 0.55 ? "Electronic" : d.Channel == Channel.Post ? "Post" : "Counter";
        t = method == "Electronic" ? t.AddMinutes(1 + random.Next(30)) : Later(t, random, 0.5, method == "Post" ? 24 : 20);
        Act(d, DossierAction.Return, t, new ActionRequest(Method: method,
            TrackingNumber: method == "Post" ? $"EB{random.Next(100_000_000, 999_999_999)}VN" : null), random);
    }

    /// <summary>A step's allotment in working hours (a day counts 8, as in StepSchedule).</summary>
    private static double StepHours(Dossier d, DossierStep step) => d.TimeUnit switch
    {
        TimeUnit.WorkingHours => (double)step.Allotment,
        _ => (double)(step.Allotment * StepSchedule.HoursPerWorkingDay),
    };

    /// <summary>A moment some working hours (uniform in [min, max]) after t, in office hours.</summary>
    private DateTimeOffset Later(DateTimeOffset t, Random random, double minHours, double maxHours) =>
        Calendar.AddWorkingHours(t, (decimal)Math.Round(minHours + random.NextDouble() * (maxHours - minHours), 4));

    /// <summary>The planned moment, kept before the due time (and after t) so that the step is on time.</summary>
    private static DateTimeOffset Within(DateTimeOffset t, DateTimeOffset due, DateTimeOffset planned)
    {
        if (planned <= due)
        {
            return planned;
        }
        // Squeezed between the previous step and this due time (steps of a same-day procedure share one afternoon).
        return due > t ? t + (due - t) * 0.6 : planned;
    }

    /// <summary>DossierCommands.ActAsync without HTTP: the lifecycle rule, the status, the effect, the audit entry.</summary>
    private bool Act(Dossier d, DossierAction action, DateTimeOffset at, ActionRequest body, Random random)
    {
        if (at > horizon)
        {
            return false;
        }
        var state = d.State();
        var violation = Lifecycle.Check(state, action, at, Calendar)
            ?? (action == DossierAction.Apologize ? Lifecycle.CheckNewDueDate(state, body.NewDueAt!.Value) : null);
        if (violation is not null)
        {
            RuleRefusals++;
            return false;
        }
        var staff = Actor(d, action);
        var from = d.Status;
        d.Status = Lifecycle.Next(from, action);
        d.Version++;
        var effect = ActionEffects.ApplyAsync(action, new ActionContext(db, d, body, staff, at, Calendar, CancellationToken.None))
            .GetAwaiter().GetResult();
        AuditChain.Append(d, new AuditChain.Actor(staff.UserId, staff.FullName), action.UrlName(), at, from.ToString(), d.Status.ToString(), null, effect.AuditData);
        // The outbox carries notices of live events to a dispatcher; a generated past sends nothing.
        d.Outbox.Clear();
        return true;
    }

    private StaffScope.Loaded Actor(Dossier d, DossierAction action)
    {
        var step = d.Steps[Math.Min(d.CurrentStep, d.Steps.Count - 1)];
        return action switch
        {
            DossierAction.Transfer or DossierAction.Return or DossierAction.Withdraw =>
                province.Staff(d.ReceivingPointId, StaffRoles.ReceptionOfficer),
            DossierAction.Apologize or DossierAction.Refuse or DossierAction.Stop => province.Staff(d.CompetentAgencyId, StaffRoles.UnitLeader),
            _ => province.Staff(step.AgencyId, step.Role),
        };
    }
}
