using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Notifications.Dispatch;
using MotCua.Web.Features.Citizens;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Features.Payments;

namespace MotCua.Web.Data;

/// <summary>
/// The one model of MotCua. Each database engine has its own sealed subclass so that each keeps its own generated
/// migrations (STACK.md §4, approach B); code everywhere else uses this base type.
/// </summary>
public abstract class MotCuaDb(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<StaffAgency> StaffAgencies => Set<StaffAgency>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierStep> DossierSteps => Set<DossierStep>();
    public DbSet<DossierDocument> DossierDocuments => Set<DossierDocument>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<SupplementRequest> SupplementRequests => Set<SupplementRequest>();
    public DbSet<DossierCodeSequence> DossierCodeSequences => Set<DossierCodeSequence>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<CalendarOverrideRow> CalendarOverrides => Set<CalendarOverrideRow>();
    public DbSet<HolidayRuleRow> HolidayRules => Set<HolidayRuleRow>();
    // Administration: the append-only log of reference-data changes.
    public DbSet<AdminAuditEntry> AdminAuditEntries => Set<AdminAuditEntry>();
    public DbSet<Features.Ratings.Rating> Ratings => Set<Features.Ratings.Rating>();
    public DbSet<Features.Ratings.CounterKioskKey> CounterKioskKeys => Set<Features.Ratings.CounterKioskKey>();
    public DbSet<Features.Feedback.FeedbackCase> FeedbackCases => Set<Features.Feedback.FeedbackCase>();
    public DbSet<Features.Feedback.FeedbackEvent> FeedbackEvents => Set<Features.Feedback.FeedbackEvent>();
    public DbSet<Features.Feedback.FeedbackVote> FeedbackVotes => Set<Features.Feedback.FeedbackVote>();
    // Notifications: one row per recipient and channel of an outbox message.
    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();
    // Citizens: saved identity details.
    public DbSet<CitizenProfile> CitizenProfiles => Set<CitizenProfile>();
    // Payments: fees paid online (VNPay) or at the counter.
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PersonalDataRead> PersonalDataReads => Set<PersonalDataRead>();
    // Statistics: per-dossier facts, open spans, daily roll-ups and the queue of changed dossiers.
    public DbSet<Features.Statistics.DossierFact> DossierFacts => Set<Features.Statistics.DossierFact>();
    // Statistics: the administrator's figures of the Decision 766 index that MotCua does not own.
    public DbSet<Features.Statistics.Index766.Index766AdminInput> Index766AdminInputs => Set<Features.Statistics.Index766.Index766AdminInput>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        var builder = configurationBuilder;
        // Instants are stored as UTC DateTime on both engines: SQLite cannot compare or order DateTimeOffset columns,
        // and PostgreSQL's timestamptz takes UTC only. Business rules convert to Vietnam time in the domain.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var b = builder;

        b.Entity<Agency>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.NameEn).HasMaxLength(300);
            e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Successor).WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Counter>(e =>
        {
            e.HasIndex(x => new { x.ReceptionPointId, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(32);
            e.HasOne(x => x.ReceptionPoint).WithMany().HasForeignKey(x => x.ReceptionPointId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Field>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
        });
        b.Entity<AppUser>(e =>
        {
            e.Property(x => x.FullName).HasMaxLength(200);
            e.HasOne(x => x.Counter).WithMany().HasForeignKey(x => x.CounterId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.UserId);
        });
        b.Entity<StaffAgency>(e =>
        {
            e.HasKey(x => new { x.UserId, x.AgencyId });
            e.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Procedure>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.NameEn).HasMaxLength(500);
            e.Property(x => x.SearchKey).HasMaxLength(1200);
            e.Property(x => x.TimeAmount).HasPrecision(9, 2);
            e.HasOne(x => x.CompetentAgency).WithMany().HasForeignKey(x => x.CompetentAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Fees).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(x => x.ProcessingTime);
        });
        b.Entity<ProcessStep>(e => e.Property(x => x.Allotment).HasPrecision(9, 3));

        b.Entity<Dossier>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(40);
            e.HasIndex(x => x.ApplicantIdNumber);
            e.HasIndex(x => x.ApplicantUserId);
            // A portal's retry of the same submission finds the dossier it made, even when two copies race.
            e.HasIndex(x => new { x.ExternalSource, x.ExternalId }).IsUnique();
            e.Property(x => x.ExternalSource).HasMaxLength(32);
            e.Property(x => x.ExternalId).HasMaxLength(64);
            e.Property(x => x.ApplicantUserId).HasMaxLength(64);
            e.HasIndex(x => new { x.Status, x.DueAt });
            e.HasIndex(x => new { x.ReceivingPointId, x.ReceivedAt });
            e.HasIndex(x => new { x.CompetentAgencyId, x.Status });
            // The leader's view and the statistics read dossiers by period, province-wide and per competent agency.
            e.HasIndex(x => x.ReceivedAt);
            e.HasIndex(x => new { x.CompetentAgencyId, x.ReceivedAt });
            e.Property(x => x.ApplicantName).HasMaxLength(300);
            e.Property(x => x.ApplicantIdNumber).HasMaxLength(20);
            e.Property(x => x.ApplicantPhone).HasMaxLength(20);
            e.Property(x => x.ApplicantEmail).HasMaxLength(254);
            e.Property(x => x.ApplicantAddress).HasMaxLength(500);
            e.Property(x => x.ApplicantLanguage).HasMaxLength(5);
            e.Property(x => x.ReceivedById).HasMaxLength(64);
            e.Property(x => x.PostalTrackingNumber).HasMaxLength(64);
            e.Property(x => x.AuditHead).HasMaxLength(64);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne(x => x.Procedure).WithMany().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.ReceivingPoint).WithMany().HasForeignKey(x => x.ReceivingPointId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.CompetentAgency).WithMany().HasForeignKey(x => x.CompetentAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Consultations).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.SupplementRequests).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Audit).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Outbox).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.SetNull);
            e.Ignore(x => x.Reference);
            e.Ignore(x => x.ProcessingTime);
            e.Property(x => x.TimeAmount).HasPrecision(9, 2);
        });
        b.Entity<DossierStep>(e =>
        {
            e.HasIndex(x => new { x.DossierId, x.Index }).IsUnique();
            e.HasIndex(x => new { x.AgencyId, x.CompletedAt });
            e.Property(x => x.Allotment).HasPrecision(9, 3);
            // Worklists ask for the open steps of a unit and of an officer; finished steps are the vast majority.
            e.HasIndex(x => x.AgencyId).HasFilter("\"CompletedAt\" IS NULL").HasDatabaseName("IX_DossierSteps_Open_AgencyId");
            e.HasIndex(x => new { x.AssignedToId, x.CompletedAt });
            // The overdue scan looks for open steps past due that nobody was told of yet: a few among millions.
            e.HasIndex(x => x.DueAt).HasFilter("\"CompletedAt\" IS NULL AND \"OverdueNoticeAt\" IS NULL").HasDatabaseName("IX_DossierSteps_OverdueScan");
            e.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Consultation>(e =>
        {
            e.HasOne(x => x.ToAgency).WithMany().HasForeignKey(x => x.ToAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ToAgencyId, x.AnsweredAt });
        });
        b.Entity<DossierCodeSequence>(e =>
        {
            e.HasKey(x => new { x.AgencyCode, x.Day });
            e.Property(x => x.AgencyCode).HasMaxLength(32);
            e.Property(x => x.Day).HasMaxLength(6);
        });
        b.Entity<IdempotencyRecord>(e =>
        {
            e.HasKey(x => new { x.UserId, x.Key });
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.RequestHash).HasMaxLength(64);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasIndex(x => new { x.DossierId, x.Sequence }).IsUnique();
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.HasIndex(x => new { x.ProcessedAt, x.NextAttemptAt });
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.Property(x => x.Topic).HasMaxLength(80);
            e.Property(x => x.LeaseOwner).HasMaxLength(80);
            // Rows written before the dispatcher existed are pending.
            e.Property(x => x.Status).HasDefaultValue(OutboxStatus.Pending);
        });
        b.Entity<CalendarOverrideRow>(e => e.HasIndex(x => x.Date).IsUnique());
        // Administration
        b.ApplyConfiguration(new AdminAuditEntryConfiguration());
        // Online submission
        b.ApplyConfiguration(new Features.OnlineSubmission.OnlineDraftConfiguration());
        b.ApplyConfiguration(new Features.OnlineSubmission.OnlineFileConfiguration());
        // Ratings and feedback (PAKN)
        b.ApplyConfiguration(new Features.Ratings.RatingConfiguration());
        b.ApplyConfiguration(new Features.Ratings.CounterKioskKeyConfiguration());
        b.ApplyConfiguration(new Features.Feedback.FeedbackCaseConfiguration());
        b.ApplyConfiguration(new Features.Feedback.FeedbackEventConfiguration());
        b.ApplyConfiguration(new Features.Feedback.FeedbackVoteConfiguration());
        // Notifications
        b.ApplyConfiguration(new NotificationDeliveryConfiguration());
        b.ApplyConfiguration(new Features.Notifications.Templates.TemplateOverrideConfiguration());
        b.ApplyConfiguration(new Features.Notifications.Staff.StaffNoticeConfiguration());
        // Citizens
        b.ApplyConfiguration(new CitizenProfileConfiguration());
        // Payments
        b.ApplyConfiguration(new PaymentConfiguration());
        b.ApplyConfiguration(new PersonalDataReadConfiguration());
        b.ApplyConfiguration(new Features.Integration.IntegrationCallConfiguration());
        // Statistics
        Features.Statistics.StatisticsModel.Configure(b);
        b.ApplyConfiguration(new Features.Statistics.Index766.Index766AdminInputConfiguration());
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}

public sealed class SqliteMotCuaDb(DbContextOptions<SqliteMotCuaDb> options) : MotCuaDb(options);

public sealed class PostgresMotCuaDb(DbContextOptions<PostgresMotCuaDb> options) : MotCuaDb(options);
