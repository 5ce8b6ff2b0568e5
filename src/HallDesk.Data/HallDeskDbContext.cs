using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using HallDesk.Domain.Queue;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

public sealed class HallDeskDbContext(DbContextOptions<HallDeskDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Hall> Halls => Set<Hall>();

    /// <summary>代办点 below the street halls.</summary>
    public DbSet<AgencyPoint> AgencyPoints => Set<AgencyPoint>();

    public DbSet<QueueLine> QueueLines => Set<QueueLine>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    /// <summary>赋权: items delegated to sub-halls.</summary>
    public DbSet<ItemDelegation> ItemDelegations => Set<ItemDelegation>();

    public DbSet<Bundle> Bundles => Set<Bundle>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<ElectronicLicence> ElectronicLicences => Set<ElectronicLicence>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<ReviewTask> ReviewTasks => Set<ReviewTask>();

    /// <summary>事后核查 of 告知承诺 cases.</summary>
    public DbSet<CommitmentCheck> CommitmentChecks => Set<CommitmentCheck>();

    /// <summary>内部流转: materials asked of the department that holds them.</summary>
    public DbSet<MaterialTransfer> MaterialTransfers => Set<MaterialTransfer>();

    /// <summary>The local 失信承诺 list.</summary>
    public DbSet<BrokenCommitment> BrokenCommitments => Set<BrokenCommitment>();

    public DbSet<Domain.Evaluations.Evaluation> Evaluations => Set<Domain.Evaluations.Evaluation>();

    public DbSet<Domain.Evaluations.Rectification> Rectifications => Set<Domain.Evaluations.Rectification>();

    public DbSet<Domain.Evaluations.Feedback> Feedbacks => Set<Domain.Evaluations.Feedback>();

    public DbSet<Domain.Evaluations.RatingPad> RatingPads => Set<Domain.Evaluations.RatingPad>();

    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();

    public DbSet<Domain.Appointments.Appointment> Appointments => Set<Domain.Appointments.Appointment>();

    public DbSet<SecretAttempt> SecretAttempts => Set<SecretAttempt>();

    public DbSet<SmsMessage> SmsOutbox => Set<SmsMessage>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<TicketWatch> TicketWatches => Set<TicketWatch>();

    /// <summary>Scans and uploads of materials (the bytes are in the <see cref="FileStore"/>).</summary>
    public DbSet<MaterialFile> MaterialFiles => Set<MaterialFile>();

    /// <summary>网上申报.</summary>
    public DbSet<Domain.Online.OnlineApplication> OnlineApplications => Set<Domain.Online.OnlineApplication>();

    private (long Sequence, string Hash, object Transaction)? _chainTail;

    /// <summary>
    /// The audit chain's last line as this context's transaction saved it: the next save of the same transaction chains
    /// on from it instead of reading the log again (a hall's batch saves once per write). Null outside that transaction,
    /// and after <see cref="ForgetChainTail"/> (a rollback to a savepoint may have undone it).
    /// </summary>
    internal (long Sequence, string Hash)? ChainTail =>
        _chainTail is { } tail && Database.CurrentTransaction is { } current && ReferenceEquals(tail.Transaction, current)
            ? (tail.Sequence, tail.Hash)
            : null;

    /// <summary>Called when a rollback to a savepoint undid saves of this transaction: the next save reads the chain's end again.</summary>
    internal void ForgetChainTail() => _chainTail = null;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var sealedLast = await AuditChain.SealAsync(this, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (sealedLast is not null && Database.CurrentTransaction is { } transaction)
        {
            _chainTail = (sealedLast.Sequence!.Value, sealedLast.Hash, transaction);
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added))
        {
            throw new InvalidOperationException("Audit entries are saved with SaveChangesAsync, which chains them.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        SqlSeconds.MapForSqlite(builder);

        builder.Entity<StaffUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(32);
            u.Property(x => x.StaffNumber).HasMaxLength(16);
            u.Property(x => x.HallCode).HasMaxLength(16);
            u.Property(x => x.DepartmentCode).HasMaxLength(16);
            u.Property(x => x.AgencyPointCode).HasMaxLength(16);
        });

        builder.Entity<AgencyPoint>(p =>
        {
            p.HasIndex(x => x.Code).IsUnique();
            p.HasIndex(x => x.HallCode);
            p.Property(x => x.Code).HasMaxLength(16);
            p.Property(x => x.Name).HasMaxLength(64);
            p.Property(x => x.HallCode).HasMaxLength(16);
            p.Property(x => x.Address).HasMaxLength(100);
            p.Ignore(x => x.IsRetired);
        });

        builder.Entity<Hall>(h =>
        {
            h.HasIndex(x => x.Code).IsUnique();
            h.Property(x => x.Code).HasMaxLength(16);
            h.Property(x => x.Name).HasMaxLength(64);
            h.Property(x => x.TimeZoneId).HasMaxLength(64);
            h.Property(x => x.Notice).HasMaxLength(200);
            h.Property(x => x.ShortName).HasMaxLength(8);
            h.Property(x => x.Address).HasMaxLength(100);
            h.Ignore(x => x.TimeZone);
        });

        builder.Entity<ItemDelegation>(d =>
        {
            d.HasIndex(x => new { x.ItemCode, x.HallCode }).IsUnique();
            d.Property(x => x.ItemCode).HasMaxLength(32);
            d.Property(x => x.HallCode).HasMaxLength(16);
        });

        builder.Entity<QueueLine>(l =>
        {
            l.HasIndex(x => new { x.HallCode, x.Code }).IsUnique();
            l.Property(x => x.HallCode).HasMaxLength(16);
            l.Property(x => x.Code).HasMaxLength(1);
            l.Property(x => x.Name).HasMaxLength(32);
        });

        builder.Entity<Counter>(c =>
        {
            c.HasIndex(x => new { x.HallCode, x.Number }).IsUnique();
            // Every clerk action first finds the clerk's open counter: by its clerk, not by walking every counter of
            // every hall (a province's database holds tens of thousands).
            c.HasIndex(x => x.ClerkUserId);
            c.Property(x => x.HallCode).HasMaxLength(16);
            c.Property(x => x.Name).HasMaxLength(32);
            c.Property(x => x.Lines).HasMaxLength(64);
            c.Property(x => x.PermanentLines).HasMaxLength(64);
            c.Property(x => x.PauseReason).HasMaxLength(50);
            c.Property(x => x.ClerkName).HasMaxLength(32);
            c.Property(x => x.ClerkStaffNumber).HasMaxLength(16);
            c.Ignore(x => x.ServedLines);
        });

        builder.Entity<Ticket>(t =>
        {
            // Numbering is guarded twice: by the serialised write and by this unique index.
            t.HasIndex(x => new { x.HallCode, x.ServiceDate, x.IssuedLine, x.Sequence }).IsUnique();
            // The waiting tickets of a line, with every column a call's router, the console's next numbers and the line
            // figures read of them: a long queue is read from this index alone, in queue order, never row by row.
            t.HasIndex(x => new { x.HallCode, x.ServiceDate, x.Status, x.LineCode, x.QueuedAt, x.TransferredToCounter, x.AppointmentAt, x.GreenChannel, x.Number }, "IX_Tickets_Waiting");
            // A busy day costs what a quiet one does: the newest finished (wait estimates, no-shows), a clerk's newest
            // served and their count, and the board's newest calls are read from the top of an index, never by
            // reading and sorting the day.
            t.HasIndex(x => new { x.HallCode, x.ServiceDate, x.Status, x.FinishedAt });
            t.HasIndex(x => new { x.HallCode, x.ServiceDate, x.ClerkUserId, x.Status, x.FinishedAt });
            t.HasIndex(x => new { x.HallCode, x.ServiceDate, x.CalledAt });
            // The manager's report groups a hall's days in SQL: every column it reads is in this index, so a month is
            // read from the index alone, in day order, never row by row from the table; the waits and services are
            // the seconds the ticket keeps (docs/report-queries.md), so no time is read or parsed.
            t.HasIndex(x => new { x.HallCode, x.ServiceDate, x.IssuedLine, x.Status, x.Assisted, x.CounterNumber, x.ClerkUserId, x.WaitSeconds, x.ServiceSeconds }, "IX_Tickets_Report");
            t.Property(x => x.HallCode).HasMaxLength(16);
            t.Property(x => x.IssuedLine).HasMaxLength(1);
            t.Property(x => x.LineCode).HasMaxLength(1);
            t.Property(x => x.Number).HasMaxLength(8);
            t.Property(x => x.Phone).HasMaxLength(16);
            t.Property(x => x.ClerkUserId).HasMaxLength(64);
            t.Property(x => x.AppointmentCode).HasMaxLength(8);
        });

        builder.ApplyConfigurationsFromAssembly(typeof(HallDeskDbContext).Assembly);

        builder.Entity<SecretAttempt>(s =>
        {
            s.HasIndex(x => new { x.Secret, x.At });
            s.HasIndex(x => x.At);
            s.Property(x => x.Secret).HasMaxLength(80);
        });

        builder.Entity<AuditEntry>(a =>
        {
            a.HasIndex(x => x.At);
            // One line per place in the chain: two writers that read the same last line cannot both commit.
            a.HasIndex(x => x.Sequence).IsUnique();
            a.HasIndex(x => new { x.Actor, x.At });
            a.Property(x => x.Outcome).HasMaxLength(16).HasDefaultValue(AuditOutcome.Ok);
            a.Property(x => x.PreviousHash).HasMaxLength(64).HasDefaultValue("");
            a.Property(x => x.Hash).HasMaxLength(64).HasDefaultValue("");
            a.Property(x => x.Actor).HasMaxLength(64);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.Subject).HasMaxLength(128);
            a.Property(x => x.Details).HasMaxLength(1000);
            a.Property(x => x.Address).HasMaxLength(64);
        });
    }
}
