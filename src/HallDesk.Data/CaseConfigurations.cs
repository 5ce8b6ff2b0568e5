using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> d)
    {
        d.HasIndex(x => x.Code).IsUnique();
        d.Property(x => x.Code).HasMaxLength(16);
        d.Property(x => x.Name).HasMaxLength(64);
        d.Property(x => x.ShortName).HasMaxLength(16);
        d.Property(x => x.FullName).HasMaxLength(64).HasDefaultValue("");
        d.Property(x => x.AppealBody).HasMaxLength(64).HasDefaultValue("");
        d.Property(x => x.Court).HasMaxLength(64).HasDefaultValue("");
    }
}

internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> i)
    {
        i.HasIndex(x => x.Code).IsUnique();
        i.Property(x => x.Code).HasMaxLength(32);
        i.Property(x => x.Name).HasMaxLength(64);
        i.Property(x => x.Pinyin).HasMaxLength(32);
        i.Property(x => x.DepartmentCode).HasMaxLength(16);
        i.Property(x => x.Kind).HasMaxLength(16);
        i.Property(x => x.Fee).HasMaxLength(64);
        i.Property(x => x.LegalBasis).HasMaxLength(256);
        i.Property(x => x.Materials).AsJson();
        i.Property(x => x.Yields).HasMaxLength(32);
        i.Ignore(x => x.ConcludesAtOnce);
    }
}

internal sealed class BundleConfiguration : IEntityTypeConfiguration<Bundle>
{
    public void Configure(EntityTypeBuilder<Bundle> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Pinyin).HasMaxLength(32);
        b.Property(x => x.Description).HasMaxLength(256);
        b.Property(x => x.ItemCodes).AsJson();
        b.Property(x => x.ItemStages).AsJson();
        b.Ignore(x => x.StageCount);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> c)
    {
        c.HasIndex(x => x.Date).IsUnique();
        c.Property(x => x.Name).HasMaxLength(32);
    }
}

internal sealed class ElectronicLicenceConfiguration : IEntityTypeConfiguration<ElectronicLicence>
{
    public void Configure(EntityTypeBuilder<ElectronicLicence> l)
    {
        l.HasIndex(x => x.HolderId);
        l.Property(x => x.HolderId).HasMaxLength(18);
        l.Property(x => x.HolderName).HasMaxLength(64);
        l.Property(x => x.Type).HasMaxLength(32);
        l.Property(x => x.Number).HasMaxLength(64);
        l.Property(x => x.Issuer).HasMaxLength(64);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> c)
    {
        c.HasIndex(x => x.CaseNumber).IsUnique();
        c.HasIndex(x => new { x.HallCode, x.Status });
        c.Property(x => x.CaseNumber).HasMaxLength(32);
        c.Property(x => x.HallCode).HasMaxLength(16);
        c.Property(x => x.TicketNumber).HasMaxLength(8);
        c.HasIndex(x => x.TicketId);
        c.Property(x => x.ClerkName).HasMaxLength(32);
        c.Property(x => x.ApplicantName).HasMaxLength(64);
        c.Property(x => x.ApplicantIdNumber).HasMaxLength(18);
        c.Property(x => x.ApplicantPhone).HasMaxLength(16);
        c.Property(x => x.LegalRepresentative).HasMaxLength(32);
        c.Property(x => x.AgentName).HasMaxLength(32);
        c.Property(x => x.AgentIdNumber).HasMaxLength(18);
        c.Property(x => x.CollectorName).HasMaxLength(32);
        c.Property(x => x.CollectorRelation).HasMaxLength(16);
        c.Property(x => x.SubjectCode).HasMaxLength(32);
        c.Property(x => x.SubjectName).HasMaxLength(64);
        c.Property(x => x.CorrectionNote).HasMaxLength(1000);
        c.Property(x => x.RejectReason).HasMaxLength(500);
        c.Property(x => x.RejectLegalBasis).HasMaxLength(256);
        c.Property(x => x.RejectApplyTo).HasMaxLength(128);
        c.Property(x => x.MailAddress).HasMaxLength(200);
        c.Property(x => x.DeliveryHallCode).HasMaxLength(16);
        c.Property(x => x.DeliveryHallName).HasMaxLength(64);
        c.Ignore(x => x.CollectionHallCode);
        c.Property(x => x.AgencyPointCode).HasMaxLength(16);
        c.Property(x => x.AgencyPointName).HasMaxLength(64);
        c.Ignore(x => x.ByAgencyPoint);
        c.HasIndex(x => x.AgencyPointCode);
        c.HasIndex(x => new { x.DeliveryHallCode, x.Status });
        c.Property(x => x.MailCarrier).HasMaxLength(32);
        c.Property(x => x.MailTrackingNumber).HasMaxLength(64);
        c.Property(x => x.Items).AsJson();
        c.Property(x => x.Materials).AsJson();
        c.Property(x => x.Events).AsJson();
        c.Property(x => x.Version).IsConcurrencyToken();
        c.Property(x => x.EvaluationToken).HasMaxLength(32);
        c.HasIndex(x => x.EvaluationToken);
        c.Ignore(x => x.MissingMaterials);
        c.Ignore(x => x.OwedMaterials);
        c.HasIndex(x => new { x.HallCode, x.OwedBy });
        c.Ignore(x => x.StageCount);
        c.Ignore(x => x.CurrentStage);
        c.Ignore(x => x.LicencesDue);
        c.HasMany(x => x.Tasks).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        c.Navigation(x => x.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReviewTaskConfiguration : IEntityTypeConfiguration<ReviewTask>
{
    public void Configure(EntityTypeBuilder<ReviewTask> t)
    {
        t.HasIndex(x => new { x.DepartmentCode, x.Status });
        t.HasIndex(x => new { x.ReviewHallCode, x.Status });
        t.Property(x => x.DepartmentCode).HasMaxLength(16);
        t.Property(x => x.ReviewHallCode).HasMaxLength(16);
        t.Property(x => x.DepartmentName).HasMaxLength(64);
        t.Property(x => x.ItemCodes).HasMaxLength(512);
        t.Property(x => x.ItemNames).HasMaxLength(1000);
        t.Property(x => x.SuspendReason).HasMaxLength(200);
        t.Property(x => x.Opinion).HasMaxLength(1000);
        t.Property(x => x.DecidedBy).HasMaxLength(64);
        t.Property(x => x.Version).IsConcurrencyToken();
        t.Property(x => x.Stage).HasDefaultValue(1).HasSentinel(0);
        t.Ignore(x => x.Decided);
        t.Ignore(x => x.IsSuspended);
        t.Ignore(x => x.WaitsForCorrection);
        t.Ignore(x => x.SuspensionDaysLeft);
        t.Ignore(x => x.Checked);
        t.Property(x => x.CheckedBy).HasMaxLength(64);
        t.Property(x => x.CheckedByAccount).HasMaxLength(256);
        t.Property(x => x.CheckOpinion).HasMaxLength(1000);
    }
}

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> d)
    {
        d.HasIndex(x => x.Number).IsUnique();
        d.HasIndex(x => x.PublicId).IsUnique();
        d.HasIndex(x => x.CaseNumber);
        d.HasIndex(x => new { x.HallCode, x.ServiceDate, x.TicketNumber });
        d.Property(x => x.HallCode).HasMaxLength(16);
        d.Property(x => x.Number).HasMaxLength(64);
        d.Property(x => x.Title).HasMaxLength(64);
        d.Property(x => x.CaseNumber).HasMaxLength(32);
        d.Property(x => x.TicketNumber).HasMaxLength(8);
        d.Property(x => x.FileName).HasMaxLength(128);
        d.Property(x => x.Sha256).HasMaxLength(64);
        d.Property(x => x.CreatedBy).HasMaxLength(64);
        d.Property(x => x.PublicId).HasMaxLength(32);
    }
}
