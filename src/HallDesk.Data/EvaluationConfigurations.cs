using HallDesk.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> e)
    {
        e.HasIndex(x => new { x.HallCode, x.ServiceDate, x.TicketNumber });
        e.HasIndex(x => x.CaseNumber);
        e.HasIndex(x => x.CreatedAt);
        e.Property(x => x.HallCode).HasMaxLength(16);
        e.Property(x => x.Comment).HasMaxLength(EvaluationTerms.MaxComment);
        e.Property(x => x.TicketNumber).HasMaxLength(8);
        e.Property(x => x.CaseNumber).HasMaxLength(32);
        e.Property(x => x.ItemCode).HasMaxLength(32);
        e.Property(x => x.ItemName).HasMaxLength(64);
        e.Property(x => x.DepartmentCode).HasMaxLength(16);
        e.Property(x => x.ClerkUserId).HasMaxLength(64);
        e.Property(x => x.ClerkName).HasMaxLength(32);
        e.Property(x => x.ContactPhone).HasMaxLength(16);
        e.Property(x => x.Indicators).AsJson();
        e.Property(x => x.DepartmentCodes).AsJson();
        e.Property(x => x.CoveredCases).AsJson();
        e.Ignore(x => x.IsDefault);
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> r)
    {
        r.HasIndex(x => x.Number).IsUnique();
        r.HasIndex(x => x.EvaluationId).IsUnique();
        r.Property(x => x.Number).HasMaxLength(32);
        r.Property(x => x.HallCode).HasMaxLength(16);
        r.Property(x => x.DepartmentCode).HasMaxLength(16);
        r.Property(x => x.Summary).HasMaxLength(500);
        r.Property(x => x.VerifyNote).HasMaxLength(500);
        r.Property(x => x.Measures).HasMaxLength(1000);
        r.Property(x => x.CallbackOutcome).HasMaxLength(500);
        r.Property(x => x.History).AsJson();
        r.Ignore(x => x.ClosedOnTime);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> f)
    {
        f.HasIndex(x => x.Number).IsUnique();
        f.Property(x => x.Number).HasMaxLength(32);
        f.Property(x => x.HallCode).HasMaxLength(16);
        f.Property(x => x.Channel).HasMaxLength(16);
        f.Property(x => x.Kind).HasMaxLength(16);
        f.Property(x => x.Content).HasMaxLength(1000);
        f.Property(x => x.ContactName).HasMaxLength(32);
        f.Property(x => x.ContactPhone).HasMaxLength(16);
        f.Property(x => x.DepartmentCode).HasMaxLength(16);
        f.Property(x => x.Answer).HasMaxLength(1000);
        f.Property(x => x.AnsweredBy).HasMaxLength(64);
        f.Property(x => x.CreatedBy).HasMaxLength(64);
    }
}

internal sealed class RatingPadConfiguration : IEntityTypeConfiguration<RatingPad>
{
    public void Configure(EntityTypeBuilder<RatingPad> p)
    {
        p.HasIndex(x => new { x.HallCode, x.CounterNumber }).IsUnique();
        p.HasIndex(x => x.SecretHash).IsUnique();
        p.HasIndex(x => x.PairingCodeHash).IsUnique();
        p.Property(x => x.HallCode).HasMaxLength(16);
        p.Property(x => x.SecretHash).HasMaxLength(64);
        p.Property(x => x.PairingCodeHash).HasMaxLength(64);
        p.Ignore(x => x.IsPaired);
    }
}
