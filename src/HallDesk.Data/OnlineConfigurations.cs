using HallDesk.Domain.Online;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class MaterialFileConfiguration : IEntityTypeConfiguration<MaterialFile>
{
    public void Configure(EntityTypeBuilder<MaterialFile> f)
    {
        f.HasIndex(x => x.PublicId).IsUnique();
        f.HasIndex(x => x.CaseNumber);
        f.HasIndex(x => x.ApplicationNumber);
        f.HasIndex(x => x.Sha256);
        f.Property(x => x.PublicId).HasMaxLength(32);
        f.Property(x => x.CaseNumber).HasMaxLength(32);
        f.Property(x => x.ApplicationNumber).HasMaxLength(32);
        f.Property(x => x.HallCode).HasMaxLength(16);
        f.Property(x => x.MaterialKey).HasMaxLength(64);
        f.Property(x => x.MaterialName).HasMaxLength(128);
        f.Property(x => x.FileName).HasMaxLength(128);
        f.Property(x => x.Sha256).HasMaxLength(64);
        f.Property(x => x.ContentType).HasMaxLength(32);
        f.Property(x => x.AddedBy).HasMaxLength(64);
        f.Ignore(x => x.IsImage);
        f.Ignore(x => x.DisplayName);
    }
}

internal sealed class OnlineApplicationConfiguration : IEntityTypeConfiguration<OnlineApplication>
{
    public void Configure(EntityTypeBuilder<OnlineApplication> a)
    {
        a.HasIndex(x => x.Number).IsUnique();
        a.HasIndex(x => new { x.HallCode, x.Status, x.SubmittedAt });
        a.Property(x => x.Number).HasMaxLength(32);
        a.Property(x => x.HallCode).HasMaxLength(16);
        a.Property(x => x.SubjectCode).HasMaxLength(32);
        a.Property(x => x.SubjectName).HasMaxLength(64);
        a.Property(x => x.ApplicantName).HasMaxLength(64);
        a.Property(x => x.ApplicantIdNumber).HasMaxLength(18);
        a.Property(x => x.ApplicantPhone).HasMaxLength(16);
        a.Property(x => x.LegalRepresentative).HasMaxLength(32);
        a.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        a.Property(x => x.CorrectionNote).HasMaxLength(500);
        a.Property(x => x.RejectReason).HasMaxLength(500);
        a.Property(x => x.CaseNumber).HasMaxLength(32);
        a.Property(x => x.DecidedBy).HasMaxLength(32);
        a.Property(x => x.History).AsJson();
        a.Ignore(x => x.Applicant);
        a.Ignore(x => x.AwaitsReview);
    }
}
