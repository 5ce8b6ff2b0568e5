using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class MaterialTransferConfiguration : IEntityTypeConfiguration<MaterialTransfer>
{
    public void Configure(EntityTypeBuilder<MaterialTransfer> t)
    {
        t.HasIndex(x => new { x.CaseNumber, x.MaterialKey }).IsUnique();
        t.HasIndex(x => new { x.HoldingDepartmentCode, x.State, x.DueOn });
        t.HasIndex(x => new { x.HallCode, x.State });
        t.Property(x => x.CaseNumber).HasMaxLength(32);
        t.Property(x => x.HallCode).HasMaxLength(16);
        t.Property(x => x.MaterialKey).HasMaxLength(64);
        t.Property(x => x.MaterialName).HasMaxLength(128);
        t.Property(x => x.RequestingDepartmentCode).HasMaxLength(16);
        t.Property(x => x.RequestingDepartmentName).HasMaxLength(64);
        t.Property(x => x.HoldingDepartmentCode).HasMaxLength(16);
        t.Property(x => x.HoldingDepartmentName).HasMaxLength(64);
        t.Property(x => x.ApplicantName).HasMaxLength(64);
        t.Property(x => x.ApplicantIdNumber).HasMaxLength(18);
        t.Property(x => x.SuppliedBy).HasMaxLength(64);
        t.Property(x => x.FileId).HasMaxLength(32);
        t.Property(x => x.Note).HasMaxLength(500);
        t.Property(x => x.Version).IsConcurrencyToken();
        t.Ignore(x => x.IsOpen);
    }
}
