using HallDesk.Web.Features.Messaging;
using HallDesk.Domain;
using HallDesk.Domain.Appointments;
using HallDesk.Domain.People;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>网上预约: a real-name booking of a slot 1–N working days ahead.</summary>
public sealed class BookAppointment(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    AppointmentSettings settings,
    VerificationCodeCheck codes,
    TimeProvider time)
{
    public sealed record Command(string? Hall, string? Line, string? Date, string? Slot, string? Name, string? IdNumber, string? Phone, string? VerificationCode = null);

    public sealed record Valid(string Line, DateOnly Date, TimeOnly Slot, string Name, string IdNumber, string Phone, string VerificationCode);

    /// <summary>Every field is checked, and all the wrong ones are reported at once.</summary>
    public static Valid Validate(Command command)
    {
        var errors = new Dictionary<string, DomainMessage>();
        T? Field<T>(Func<T> parse)
        {
            try
            {
                return parse();
            }
            catch (InputException ex)
            {
                errors[ex.Field] = ex.Text;
                return default;
            }
        }

        if (string.IsNullOrWhiteSpace(command.Hall))
        {
            errors["hall"] = new("Booking.HallRequired");
        }

        var line = Field(() => AppointmentInput.Line(command.Line));
        var date = Field(() => AppointmentInput.Date(command.Date));
        var slot = Field(() => AppointmentInput.Slot(command.Slot));

        var name = command.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > Appointment.MaxName)
        {
            errors["name"] = new("Booking.NameRequired", Appointment.MaxName);
        }

        var id = command.IdNumber?.Trim().ToUpperInvariant() ?? "";
        if (Domain.Applicants.IdNumber.Validate(id) is { } idProblem)
        {
            errors["idNumber"] = idProblem;
        }

        var phone = PhoneNumber.Normalize(command.Phone) ?? "";
        if (!PhoneNumber.IsValidMobile(phone))
        {
            errors["phone"] = new("Appointment.PhoneInvalid");
        }

        var code = command.VerificationCode?.Trim() ?? "";
        if (code.Length == 0)
        {
            errors[VerificationCodeCheck.Field] = new("Verification.Required");
        }
        else if (code.Length != Data.VerificationCode.Digits || !code.All(char.IsAsciiDigit))
        {
            errors[VerificationCodeCheck.Field] = new("Verification.Invalid");
        }

        return errors.Count > 0 ? throw new FieldErrorsException(errors) : new Valid(line!, date, slot, name, id, phone, code);
    }

    public async Task<AppointmentView> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var input = Validate(command);
        await using (var read = await dbFactory.CreateDbContextAsync(ct))
        {
            // A day or slot that cannot be booked is said before the code is tried (and a try spent on it).
            var wanted = await AppointmentDay.LoadAsync(read, command.Hall, input.Line, input.Date, hallInBody: true, settings, time.GetUtcNow().UtcDateTime, ct);
            _ = wanted.Slots.SingleOrDefault(s => s.Start == input.Slot) ?? throw new InputException("slot", "Booking.NoSuchSlot", input.Slot);
        }

        // In a write of its own: a wrong code counts as a try even though nothing is booked.
        var codeId = await codes.CheckAsync(input.Phone, RequestVerificationCode.AppointmentPurpose, input.VerificationCode, ct);

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var day = await AppointmentDay.LoadAsync(db, command.Hall, input.Line, input.Date, hallInBody: true, settings, now, ct);
        var slot = day.Slots.SingleOrDefault(s => s.Start == input.Slot)
            ?? throw new InputException("slot", "Booking.NoSuchSlot", input.Slot);

        var noShows = await db.Appointments
            .Where(a => a.IdNumber == input.IdNumber && a.Status == AppointmentStatus.NoShow)
            .Select(a => a.Date)
            .ToListAsync(ct);
        BookingRules.EnsureNotBlocked(noShows, day.Today, settings.NoShowLimit, settings.NoShowWindowDays, settings.BlockDays);

        var personsBookings = await db.Appointments
            .Where(a => a.IdNumber == input.IdNumber && a.Date == input.Date)
            .ToListAsync(ct);
        BookingRules.EnsureNoOtherBooking(personsBookings, day.Hall.Code, day.Line.Code, input.Date);

        var openForPhone = await db.Appointments.CountAsync(a => a.Phone == input.Phone && a.Status == AppointmentStatus.Booked && a.Date >= day.Today, ct);
        var openForId = await db.Appointments.CountAsync(a => a.IdNumber == input.IdNumber && a.Status == AppointmentStatus.Booked && a.Date >= day.Today, ct);
        BookingRules.EnsureFewOpenBookings(openForPhone, openForId, settings.MaxOpenPerPerson);

        var taken = await day.TakenAsync(db, ct);
        BookingRules.EnsureSlotHasRoom(slot, taken.GetValueOrDefault(slot.Start));

        var code = await NewCodeAsync(db, ct);
        var appointment = Appointment.Book(code, day.Hall.Code, day.Line.Code, input.Date, slot.Start, input.Name, input.IdNumber, input.Phone, now);
        db.Appointments.Add(appointment);
        await VerificationCodeCheck.UseAsync(db, codeId, now, ct);
        // The audit names the booking, never the person: the log is read by more staff than the booking itself.
        write.Audit(now, actor, "appointment.book", $"{day.Hall.Code}/{code}", $"{day.Line.Code} {input.Date:yyyy-MM-dd} {slot.Start:HH\\:mm}");
        await write.CommitAsync(ct);
        return AppointmentView.From(appointment);
    }

    private static async Task<string> NewCodeAsync(HallDeskDbContext db, CancellationToken ct)
    {
        while (true)
        {
            var code = AppointmentCode.New();
            if (!await db.Appointments.AnyAsync(a => a.Code == code, ct))
            {
                return code;
            }
        }
    }
}
