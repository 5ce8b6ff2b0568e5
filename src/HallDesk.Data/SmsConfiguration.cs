using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class SmsMessageConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> s)
    {
        s.ToTable("SmsOutbox");
        s.HasIndex(x => x.Key).IsUnique();
        // The sender's look-up: what is due, oldest first.
        s.HasIndex(x => new { x.Status, x.DueAt });
        s.HasIndex(x => new { x.Phone, x.CreatedAt });
        s.HasIndex(x => x.CreatedAt);
        s.Property(x => x.Key).HasMaxLength(32);
        s.Property(x => x.Phone).HasMaxLength(16);
        s.Property(x => x.Text).HasMaxLength(SmsMessage.MaxText);
        s.Property(x => x.Kind).HasMaxLength(32);
        s.Property(x => x.HallCode).HasMaxLength(16);
        s.Property(x => x.Subject).HasMaxLength(64);
        s.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        s.Property(x => x.LastError).HasMaxLength(SmsMessage.MaxError);
        s.Property(x => x.Gateway).HasMaxLength(16);
    }
}

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    public void Configure(EntityTypeBuilder<VerificationCode> v)
    {
        v.HasIndex(x => new { x.Phone, x.Purpose, x.CreatedAt });
        v.HasIndex(x => new { x.Address, x.CreatedAt });
        v.HasIndex(x => x.CreatedAt);
        v.Property(x => x.Phone).HasMaxLength(16);
        v.Property(x => x.Purpose).HasMaxLength(16);
        v.Property(x => x.Salt).HasMaxLength(32);
        v.Property(x => x.Hash).HasMaxLength(64);
        v.Property(x => x.Address).HasMaxLength(64);
    }
}

internal sealed class TicketWatchConfiguration : IEntityTypeConfiguration<TicketWatch>
{
    public void Configure(EntityTypeBuilder<TicketWatch> t)
    {
        t.HasIndex(x => x.Token).IsUnique();
        t.HasIndex(x => x.TicketId).IsUnique();
        t.HasIndex(x => new { x.HallCode, x.CreatedAt });
        t.Property(x => x.Token).HasMaxLength(TicketWatch.TokenLength);
        t.Property(x => x.HallCode).HasMaxLength(16);
    }
}
