using HallDesk.Domain.Appointments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HallDesk.Data;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> a)
    {
        a.HasIndex(x => x.Code).IsUnique();
        a.HasIndex(x => new { x.HallCode, x.LineCode, x.Date, x.SlotStart });
        a.HasIndex(x => x.IdNumber);
        a.HasIndex(x => x.Phone);
        a.Property(x => x.Code).HasMaxLength(AppointmentCode.Length);
        a.Property(x => x.HallCode).HasMaxLength(16);
        a.Property(x => x.LineCode).HasMaxLength(1);
        a.Property(x => x.Name).HasMaxLength(Appointment.MaxName);
        a.Property(x => x.IdNumber).HasMaxLength(18);
        a.Property(x => x.Phone).HasMaxLength(16);
        a.Property(x => x.TicketNumber).HasMaxLength(8);
        a.Ignore(x => x.HoldsPlace);
        a.Ignore(x => x.SlotStartsAt);
    }
}
