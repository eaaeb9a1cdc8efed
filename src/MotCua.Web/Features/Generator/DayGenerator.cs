using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Ratings;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// One working day of a province: who comes for what, through which channel and one-stop, in which order (the order
/// of acceptance gives each one-stop its gapless day sequence of codes), and then each dossier's life, payment,
/// rating and, rarely, feedback. Everything random is drawn from generators seeded by (seed, day) and (seed, id), so
/// the same seed gives the same province whatever the number of threads.
/// </summary>
public sealed class DayGenerator(ProvinceModel province, DossierLife life, int seed)
{
    public sealed record DayPlan(int Index, DateOnly Day, int Count, long FirstId, double Progress);

    public sealed record Result(GeneratedBatch Batch, IReadOnlyList<FeedbackCase> Feedback, IReadOnlyDictionary<string, int> LastCodes);

    private sealed record Arrival(Procedure Procedure, Agency Receiving, Agency Competent, Channel Channel, DateTimeOffset At, IntakeOutcome Outcome);

    /// <param name="firstSequence">The next free code number of a one-stop on the day (1 on a fresh day; after the existing ones with --append).</param>
    public Result Generate(DayPlan plan, Func<string, int> firstSequence)
    {
        var random = new Random(unchecked(seed * 1_000_003 + plan.Day.DayNumber));
        var arrivals = new List<Arrival>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            arrivals.Add(NextArrival(plan, random));
        }
        // Ids and codes follow the order of reception, as they would at the counters.
        arrivals.Sort((a, b) => a.At.CompareTo(b.At));
        var next = new Dictionary<string, int>();
        var batch = new GeneratedBatch();
        var feedback = new List<FeedbackCase>();
        for (var i = 0; i < arrivals.Count; i++)
        {
            var a = arrivals[i];
            var id = plan.FirstId + i;
            var r = new Random(unchecked(seed * 7919 + (int)id * 31 + (int)(id >> 31)));
            string? code = null;
            if (a.Outcome == IntakeOutcome.Accept)
            {
                var point = a.Receiving.Code;
                var n = next.TryGetValue(point, out var last) ? last + 1 : firstSequence(point);
                if (n > DossierCode.MaxPerDay)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"{point} would receive more than {DossierCode.MaxPerDay} dossiers on {plan.Day:yyyy-MM-dd}: spread them over a longer range."));
                }
                next[point] = n;
                code = DossierCode.Format(point, plan.Day, n);
            }
            var dossier = Build(id, a, code, r);
            batch.Dossiers.Add(dossier);
            if (dossier.Code is not null)
            {
                AddPayment(batch, dossier, a.Procedure, r);
                AddRating(batch, dossier, r);
                if (r.NextDouble() < 0.004)
                {
                    feedback.Add(Feedback(dossier, a.Procedure, r));
                }
            }
        }
        return new(batch, feedback, next);
    }

    private Arrival NextArrival(DayPlan plan, Random random)
    {
        var procedure = province.Popularity.Pick(random);
        Agency receiving, competent;
        if (procedure.Level == AgencyLevel.Commune || procedure.CompetentAgencyId is null)
        {
            competent = receiving = province.CommuneShare.Pick(random);
        }
        else
        {
            receiving = province.ProvincePointShare.Pick(random);
            competent = new Agency { Id = procedure.CompetentAgencyId.Value, Code = "", Name = "", NameEn = "" };
        }
        var online = procedure.OnlineLevel != OnlineLevel.None && random.NextDouble() < ArrivalShape.OnlineShare(plan.Progress);
        var channel = online ? Channel.Online : random.NextDouble() < 0.03 ? Channel.Post : Channel.Counter;
        var at = ArrivalShape.ReceptionTime(plan.Day, random, province.Calendar.OfficeHours);
        // Art. 15: most dossiers are complete; a few are sent back once with everything missing, fewer refused outright.
        var x = random.NextDouble();
        var outcome = x < 0.021 ? IntakeOutcome.RequestSupplement : x < 0.025 ? IntakeOutcome.Refuse : IntakeOutcome.Accept;
        return new(procedure, receiving, competent, channel, at, outcome);
    }

    private Dossier Build(long id, Arrival a, string? code, Random r)
    {
        var communeName = a.Receiving.Kind == AgencyKind.Commune ? a.Receiving.Name.Replace("UBND ", "", StringComparison.Ordinal) : "phường Trấn Biên";
        var person = VietnameseNames.Next(r, communeName);
        var organisation = r.NextDouble() < 0.06;
        var d = new Dossier
        {
            Id = id,
            ProcedureId = a.Procedure.Id,
            Channel = a.Channel,
            ReceivingPointId = a.Receiving.Id,
            CompetentAgencyId = a.Competent.Id,
            ApplicantKind = organisation ? ApplicantKind.Organisation : ApplicantKind.Person,
            ApplicantName = organisation ? "Công ty TNHH " + person.FullName.Split(' ')[^1] + " Đồng Nai" : person.FullName,
            ApplicantIdNumber = person.IdNumber,
            ApplicantPhone = person.Phone,
            ApplicantEmail = person.Email,
            ApplicantAddress = person.Address,
            ApplicantLanguage = "vi",
            NotifyBy = NotifyChannelChoice.Resolve(null, person.Phone, person.Email).Channels,
            ReceivedAt = a.At,
            ClockStartedAt = a.At,
        };
        // Documents: the mandatory ones always (or the dossier is not accepted), optional ones often; a quarter of the
        // online ones reuse a document already digitised (indicator 4.3).
        var received = new List<string>();
        foreach (var doc in a.Procedure.Documents)
        {
            var isReceived = doc.Mandatory ? a.Outcome == IntakeOutcome.Accept || r.NextDouble() < 0.6 : r.NextDouble() < 0.5;
            if (isReceived)
            {
                received.Add(doc.Code);
            }
            d.Documents.Add(new DossierDocument
            {
                DossierId = id, ComponentCode = doc.Code, Name = doc.Name, Form = doc.Form, Count = doc.Count, Mandatory = doc.Mandatory,
                Received = isReceived, Reused = isReceived && a.Channel == Channel.Online && r.NextDouble() < 0.25,
            });
        }
        if (code is null)
        {
            life.TurnDown(d, a.Receiving, a.Outcome, a.Procedure.Documents.Where(x => x.Mandatory && !received.Contains(x.Code)).Select(x => x.Name).ToList());
        }
        else
        {
            life.Accept(d, a.Procedure, a.Receiving, code, received);
            life.Live(d, DossierLife.PickFate(r, a.Procedure), r);
        }
        foreach (var s in d.Steps)
        {
            s.DossierId = id;
        }
        foreach (var s in d.SupplementRequests)
        {
            s.DossierId = id;
        }
        foreach (var e in d.Audit)
        {
            e.DossierId = id;
        }
        return d;
    }

    /// <summary>Fees are paid at reception: online dossiers mostly through the gateway, counter ones mostly in cash.</summary>
    private static void AddPayment(GeneratedBatch batch, Dossier d, Procedure procedure, Random r)
    {
        var amount = procedure.Fees.Sum(f => f.Amount);
        if (amount <= 0)
        {
            return;
        }
        var online = d.Channel == Channel.Online ? r.NextDouble() < 0.97 : r.NextDouble() < 0.2;
        var method = online ? PaymentMethod.VnPay : r.NextDouble() < 0.85 ? PaymentMethod.Cash : PaymentMethod.Transfer;
        var created = d.ReceivedAt.AddMinutes(online ? 2 + r.Next(60) : 5 + r.Next(20));
        var paid = created.AddSeconds(30 + r.Next(240));
        var txn = "GEN" + d.Id.ToString(CultureInfo.InvariantCulture);
        batch.Payments.Add(new Payment
        {
            DossierId = d.Id, Amount = amount, Method = method, Status = PaymentStatus.Paid, TxnRef = txn,
            GatewayTransactionNo = online ? (14_000_000 + d.Id).ToString(CultureInfo.InvariantCulture) : null,
            BankCode = online ? (r.NextDouble() < 0.5 ? "VCB" : "NCB") : null,
            PaidAt = paid, ResponseCode = online ? "00" : null, TransactionStatus = online ? "00" : null,
            Reference = online ? null : method == PaymentMethod.Cash ? "BL-" + txn : "CK-" + txn,
            CreatedAt = created, ConfirmedAt = paid, RecordedById = online ? null : d.ReceivedById,
        });
    }

    /// <summary>About 30 % of the returned dossiers are rated; nearly all satisfied (the seeds' 99.88 %), late ones less so.</summary>
    private static void AddRating(GeneratedBatch batch, Dossier d, Random r)
    {
        if (d.Status != DossierStatus.Returned || r.NextDouble() >= 0.3)
        {
            return;
        }
        var late = d.ResultReadyAt > (d.DueAtBeforeApology ?? d.DueAt);
        var x = r.NextDouble();
        var level = x < (late ? 0.15 : 0.002) ? SatisfactionLevel.NotSatisfied : x < 0.35 ? SatisfactionLevel.Satisfied : SatisfactionLevel.VerySatisfied;
        var kiosk = d.ReturnMethod == ReturnMethod.Counter;
        batch.Ratings.Add(new Rating
        {
            DossierId = d.Id, Level = level, Channel = kiosk ? RatingChannel.Kiosk : RatingChannel.Online,
            Attitude = level != SatisfactionLevel.NotSatisfied, Timeliness = !late, Convenience = null,
            OfficerId = d.ReceivedById, AgencyId = d.CompetentAgencyId,
            RatedAt = d.ReturnedAt!.Value.AddMinutes(kiosk ? 1 : 30 + r.Next(3000)),
        });
    }

    /// <summary>A few feedbacks per thousand dossiers, about the procedure, answered within the PAKN deadline (most of them).</summary>
    private FeedbackCase Feedback(Dossier d, Procedure procedure, Random r)
    {
        var calendar = province.Calendar;
        var at = calendar.AddWorkingHours(d.ReceivedAt, (decimal)(4 + r.Next(40)));
        var resolveDue = calendar.AddWorkingDays(at, 15);
        var answeredAt = calendar.AddWorkingHours(at, (decimal)(r.NextDouble() < 0.93 ? 8 + r.Next(100) : 125 + r.Next(40)));
        var staff = province.Staff(d.CompetentAgencyId, StaffRoles.UnitLeader);
        var subject = r.NextDouble() < 0.8 ? FeedbackSubject.Procedure : FeedbackSubject.StaffConduct;
        var open = answeredAt > life.Horizon;
        var f = new FeedbackCase
        {
            TrackingCode = "PA-" + VietnamTime.LocalDate(at).ToString("yyMMdd", CultureInfo.InvariantCulture) + "-G" + d.Id.ToString(CultureInfo.InvariantCulture),
            Channel = FeedbackChannel.Portal, Kind = FeedbackKind.Feedback, Subject = subject, ProcedureId = procedure.Id,
            DossierCode = d.Code, AgencyId = d.CompetentAgencyId,
            Title = subject == FeedbackSubject.Procedure ? "Hỏi về thời hạn giải quyết hồ sơ" : "Phản ánh thái độ tiếp nhận hồ sơ",
            Content = "Tôi đã nộp hồ sơ " + d.Code + ", đề nghị cơ quan cho biết tiến độ giải quyết và hướng dẫn thêm.",
            SenderName = d.ApplicantName, SenderPhone = d.ApplicantPhone, SenderLanguage = "vi", ConsentAt = at,
            Status = open ? FeedbackStatus.InProgress : FeedbackStatus.Answered, ReceivedAt = at, HandlingStartedAt = at,
            RefuseDueAt = calendar.AddWorkingDays(at, 2), AskInformationDueAt = calendar.AddWorkingDays(at, 5), ResolveDueAt = resolveDue,
            ClassifiedAt = open ? null : at.AddHours(2),
            AnsweredAt = open ? null : answeredAt, AnsweredById = open ? null : staff.UserId,
            Answer = open ? null : "Hồ sơ của ông/bà đang được giải quyết đúng quy trình; kết quả sẽ được trả đúng hẹn.",
        };
        f.History.Add(new FeedbackEvent { Sequence = 1, At = at, Action = "received", ActorName = "" });
        if (!open)
        {
            f.History.Add(new FeedbackEvent { Sequence = 2, At = answeredAt, Action = "answered", ActorId = staff.UserId, ActorName = staff.FullName, Late = answeredAt > resolveDue });
        }
        return f;
    }
}
