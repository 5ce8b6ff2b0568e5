using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class CommitmentCheckConfiguration : IEntityTypeConfiguration<CommitmentCheck>
{
    public void Configure(EntityTypeBuilder<CommitmentCheck> c)
    {
        c.HasIndex(x => new { x.DepartmentCode, x.Status, x.DueOn });
        c.HasIndex(x => x.CaseNumber);
        c.Property(x => x.CaseNumber).HasMaxLength(32);
        c.Property(x => x.HallCode).HasMaxLength(16);
        c.Property(x => x.DepartmentCode).HasMaxLength(16);
        c.Property(x => x.DepartmentName).HasMaxLength(64);
        c.Property(x => x.ItemNames).HasMaxLength(1000);
        c.Property(x => x.ApplicantName).HasMaxLength(64);
        c.Property(x => x.ApplicantIdNumber).HasMaxLength(18);
        c.Property(x => x.Findings).HasMaxLength(1000);
        c.Property(x => x.CheckedBy).HasMaxLength(64);
        c.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class BrokenCommitmentConfiguration : IEntityTypeConfiguration<BrokenCommitment>
{
    public void Configure(EntityTypeBuilder<BrokenCommitment> b)
    {
        b.HasIndex(x => x.ApplicantIdNumber);
        b.Property(x => x.ApplicantIdNumber).HasMaxLength(18);
        b.Property(x => x.ApplicantName).HasMaxLength(64);
        b.Property(x => x.CaseNumber).HasMaxLength(32);
        b.Property(x => x.DepartmentName).HasMaxLength(64);
        b.Property(x => x.Findings).HasMaxLength(1000);
    }
}
