using HallDesk.Data;
using HallDesk.Domain.Applicants;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>On the fake clock: the working day before a booking and an hour before its slot, one SMS each; none for a cancelled one.</summary>
public sealed class AppointmentRemindersTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private static string Person(int n)
    {
        var first17 = $"23100219770707{n:000}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    private async Task<AppointmentView> BookAsync(int person, string phone, string date, string slot) =>
        await factory.Get<BookAppointment>().HandleAsync(
            new BookAppointment.Command("AM", "A", date, slot, "孙七", Person(person), phone, await SmsCodes.RequestAsync(factory, phone)),
            Actor.Anonymous("127.0.0.1", "test"));

    private async Task<SmsMessage[]> RemindersAsync(string phone)
    {
        await using var db = await factory.DbAsync();
        return await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == phone && m.Kind == "AppointmentReminder").OrderBy(m => m.Id).ToArrayAsync();
    }

    [Fact]
    public async Task Booking_GetsTheDayBeforeAndTheHourBeforeReminder_OnceEach_ACancelledOneNone()
    {
        var booked = await BookAsync(1, "13300000001", "2026-12-03", "10:00");
        var cancelled = await BookAsync(2, "13300000002", "2026-12-03", "10:00");
        await factory.Get<CancelAppointment>().HandleAsync(cancelled.Code, Actor.Anonymous("127.0.0.1", "test"));
        var reminders = factory.Get<SendAppointmentReminders>();

        // Tuesday: two working days ahead, nothing yet.
        await reminders.HandleAsync();
        Assert.Empty(await RemindersAsync("13300000001"));

        // Wednesday 08:59, then 09:00 (Shanghai): the day-before reminder, once.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 0, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await reminders.HandleAsync());
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        await reminders.HandleAsync();
        await reminders.HandleAsync();
        var dayBefore = Assert.Single(await RemindersAsync("13300000001"));
        Assert.Contains("12月3日 10:00", dayBefore.Text, StringComparison.Ordinal);
        Assert.Contains(booked.Code, dayBefore.Text, StringComparison.Ordinal);
        Assert.Contains("/appointments", dayBefore.Text, StringComparison.Ordinal);

        // Thursday 09:00, an hour before 10:00: the second reminder, once.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        await reminders.HandleAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        await reminders.HandleAsync();
        var both = await RemindersAsync("13300000001");
        Assert.Equal(2, both.Length);
        Assert.Contains("1小时后开始", both[1].Text, StringComparison.Ordinal);
        Assert.Empty(await RemindersAsync("13300000002"));
    }
}

/// <summary>A booking moved to another day (改约) is reminded of its new slot: a factory of its own, for its clock goes to that day.</summary>
public sealed class RescheduledAppointmentRemindersTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private async Task<AppointmentView> BookAsync(int person, string phone, string date, string slot)
    {
        var first17 = $"23100219770808{person:000}";
        return await factory.Get<BookAppointment>().HandleAsync(
            new BookAppointment.Command("AM", "A", date, slot, "孙七", first17 + IdNumber.CheckCharacter(first17), phone, await SmsCodes.RequestAsync(factory, phone)),
            Actor.Anonymous("127.0.0.1", "test"));
    }

    private async Task<SmsMessage[]> RemindersAsync(string phone)
    {
        await using var db = await factory.DbAsync();
        return await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == phone && m.Kind == "AppointmentReminder").OrderBy(m => m.Id).ToArrayAsync();
    }

    [Fact]
    public async Task Rescheduled_IsRemindedOfItsNewDay_WithALinkThatOpensIt()
    {
        var booked = await BookAsync(3, "13300000003", "2026-12-07", "10:00");
        await factory.Get<RescheduleAppointment>().HandleAsync(new RescheduleAppointment.Command(booked.Code, "2026-12-08", "11:00"), Actor.Anonymous("127.0.0.1", "test"));
        var reminders = factory.Get<SendAppointmentReminders>();

        // Monday 2026-12-07 09:00 (Shanghai): the day before the new slot, not the old one's day.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
        await reminders.HandleAsync();

        var dayBefore = Assert.Single(await RemindersAsync("13300000003"));
        Assert.Contains("12月8日 11:00", dayBefore.Text, StringComparison.Ordinal);
        Assert.Contains($"/appointments?code={booked.Code}", dayBefore.Text, StringComparison.Ordinal);
    }
}
