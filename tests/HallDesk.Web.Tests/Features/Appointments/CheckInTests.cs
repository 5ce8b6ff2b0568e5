using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Domain.Applicants;
using HallDesk.Domain.Appointments;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>
/// 预约签到 at hall AM over the public API, then the clerk's call. Every test runs on a day of its own,
/// at about 09:00 Shanghai; the check-in window is 30 minutes before to 15 minutes after the slot.
/// </summary>
public class CheckInTests : IClassFixture<HallDeskFactory>, IAsyncLifetime
{
    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;
    private DateOnly _today;

    public CheckInTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    public async Task InitializeAsync()
    {
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        _today = hall.LocalDate(_factory.Clock.GetUtcNow().UtcDateTime);
        var clerk = await _factory.ActorAsync("clerk1");
        if (await db.Counters.AnyAsync(c => c.ClerkUserId == clerk.UserId && c.State == CounterState.Serving))
        {
            await _factory.Get<FinishService>().HandleAsync(clerk);
        }

        if (await db.Counters.AnyAsync(c => c.ClerkUserId == clerk.UserId))
        {
            await _factory.Get<CloseCounter>().HandleAsync(clerk);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CheckIn_ByCodeInTheWindow_IssuesATicketTheCounterCallsBeforeEarlierWalkIns()
    {
        var walkInA = await WalkInAsync("A");
        await WalkInAsync("E");
        var code = await SeedAsync(person: 1, "A", new TimeOnly(9, 30));

        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code = code.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = body.GetProperty("ticket").GetProperty("number").GetString()!;
        Assert.Equal(0, body.GetProperty("ticket").GetProperty("ahead").GetInt32());
        var clerk = await _factory.ActorAsync("clerk1");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 1);
        Assert.Equal(number, await _factory.Get<CallNextTicket>().HandleAsync(clerk));
        await _factory.Get<FinishService>().HandleAsync(clerk);
        Assert.Equal(walkInA, await _factory.Get<CallNextTicket>().HandleAsync(clerk));

        await using var db = await _factory.DbAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Code == code);
        Assert.Equal((AppointmentStatus.CheckedIn, number), (appointment.Status, appointment.TicketNumber));
        var ticket = await db.Tickets.SingleAsync(t => t.ServiceDate == _today && t.Number == number);
        Assert.Equal(code, ticket.AppointmentCode);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "appointment.check-in" && a.Subject == $"AM/{code}" && a.Details == number));
    }

    [Fact]
    public async Task CheckIn_ByIdNumber_FindsTheBookingOfTodayInThisHall()
    {
        var code = await SeedAsync(person: 2, "C", new TimeOnly(9, 0));

        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { idNumber = Person(2) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, body.GetProperty("appointmentCode").GetString());
        Assert.StartsWith("C", body.GetProperty("ticket").GetProperty("number").GetString());
        Assert.DoesNotContain(Person(2), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CheckIn_TooEarly_Returns409SayingFromWhenAndStoresNothing()
    {
        var code = await SeedAsync(person: 3, "A", new TimeOnly(16, 0));
        var before = await TicketsTodayAsync();

        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("15:30 起可以签到", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await TicketsTodayAsync());
        Assert.Equal(AppointmentStatus.Booked, await StatusAsync(code));
    }

    [Fact]
    public async Task CheckIn_PastTheLateGrace_Returns409AskingToTakeATicket()
    {
        var code = await SeedAsync(person: 4, "A", new TimeOnly(8, 30));
        var before = await TicketsTodayAsync();

        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("现场取号", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await TicketsTodayAsync());
        Assert.Equal(AppointmentStatus.Booked, await StatusAsync(code));
    }

    [Fact]
    public async Task CheckIn_BookingOfAnotherHall_Returns409NamingThatHall()
    {
        var code = await SeedAsync(person: 5, "A", new TimeOnly(9, 30), hall: "XY");

        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("向阳街道便民服务中心", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(AppointmentStatus.Booked, await StatusAsync(code));
    }

    [Fact]
    public async Task CheckIn_Twice_TheSecondIsRefusedAndIssuesNoSecondTicket()
    {
        var code = await SeedAsync(person: 6, "A", new TimeOnly(9, 30));
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code })).StatusCode);
        var before = await TicketsTodayAsync();

        var again = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已签到", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await TicketsTodayAsync());
    }

    [Theory]
    [InlineData("{}", "code")]
    [InlineData("{\"code\":\"ABC\"}", "code")]
    [InlineData("{\"code\":\"ABCDEFGH\",\"idNumber\":\"11010519491231002X\"}", "code")]
    [InlineData("{\"idNumber\":\"110105194912310021\"}", "idNumber")]
    public async Task CheckIn_MalformedInput_Returns400NamingTheField(string json, string field)
    {
        var response = await _client.PostAsync("/api/v1/halls/AM/check-ins", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task CheckIn_UnknownCode_Returns404()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code = "ZZZZZZZZ" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NoShowSweep_RecordsBookingsPastTheLateGraceOnly_AndAuditsThem()
    {
        var missed = await SeedAsync(person: 7, "A", new TimeOnly(8, 30));
        var upcoming = await SeedAsync(person: 8, "A", new TimeOnly(9, 30));
        var checkedIn = await SeedAsync(person: 9, "A", new TimeOnly(9, 0));
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code = checkedIn })).StatusCode);

        var marked = await _factory.Get<MarkAppointmentNoShows>().HandleAsync();

        Assert.True(marked >= 1);
        Assert.Equal(AppointmentStatus.NoShow, await StatusAsync(missed));
        Assert.Equal(AppointmentStatus.Booked, await StatusAsync(upcoming));
        Assert.Equal(AppointmentStatus.CheckedIn, await StatusAsync(checkedIn));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "appointment.no-show" && a.Subject == $"AM/{missed}"));
    }

    /// <summary>Issue 19 item 6: the hall sees why a ticket goes first, on paper, on the board and at the counter; no personal data.</summary>
    [Fact]
    public async Task CheckedInTicket_SaysItsSlotOnTheSlipTheBoardAndTheCounter_AndAWalkInDoesNot()
    {
        var walkIn = await WalkInAsync("A");
        var code = await SeedAsync(person: 40, "A", new TimeOnly(9, 30));
        var body = await (await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code })).Content.ReadFromJsonAsync<JsonElement>();
        var number = body.GetProperty("ticket").GetProperty("number").GetString()!;

        var slip = PdfText.Of(await _client.GetByteArrayAsync($"/api/v1/halls/AM/tickets/{number}/slip"));
        var walkInSlip = PdfText.Of(await _client.GetByteArrayAsync($"/api/v1/halls/AM/tickets/{walkIn}/slip"));
        Assert.Contains("预约09:30", slip);
        Assert.DoesNotContain("预约", walkInSlip);

        var clerk = await _factory.ActorAsync("clerk1");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 1);
        Assert.Equal(number, await _factory.Get<CallNextTicket>().HandleAsync(clerk));
        var snapshot = await _factory.Get<QueueQueries>().SnapshotAsync("AM");

        Assert.Equal("09:30", snapshot!.RecentCalls.Single(c => c.Number == number).Appointment);
        Assert.Equal(("09:30", number), (snapshot.Counters.Single(c => c.Number == 1).CurrentAppointment, snapshot.Counters.Single(c => c.Number == 1).CurrentTicket));
        var console = await _factory.Get<CounterConsoleQuery>().LoadAsync(clerk.UserId);
        Assert.Equal("09:30", console.Current!.AppointmentSlot);
        await _factory.Get<FinishService>().HandleAsync(clerk);
        Assert.Equal(walkIn, await _factory.Get<CallNextTicket>().HandleAsync(clerk));
        var after = await _factory.Get<QueueQueries>().SnapshotAsync("AM");
        Assert.Null(after!.RecentCalls.Single(c => c.Number == walkIn).Appointment);
        Assert.Null(after.Counters.Single(c => c.Number == 1).CurrentAppointment);
        var json = JsonSerializer.Serialize(after);
        Assert.DoesNotContain("李四", json);
        Assert.DoesNotContain("13912345678", json);
        Assert.DoesNotContain(code, json);
    }

    /// <summary>The live call carries the slot too, so a board drawing from events shows the badge without a snapshot.</summary>
    [Fact]
    public async Task CallingACheckedInTicket_PublishesTheSlotWithTheCall()
    {
        var code = await SeedAsync(person: 41, "A", new TimeOnly(9, 30));
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync("/api/v1/halls/AM/check-ins", new { code })).StatusCode);
        var calls = new List<HallDesk.Web.Features.Live.TicketCalledEvent>();
        using var subscription = _factory.Get<HallDesk.Web.Features.Live.QueueNotifier>().Subscribe("AM", batch =>
        {
            lock (calls)
            {
                calls.AddRange(batch.OfType<HallDesk.Web.Features.Live.TicketCalledEvent>());
            }

            return Task.CompletedTask;
        });
        var clerk = await _factory.ActorAsync("clerk1");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 1);

        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        await _factory.Get<HallDesk.Web.Features.Live.QueueNotifier>().IdleAsync();

        Assert.Equal("09:30", Assert.Single(calls, c => c.Number == number).Appointment);
    }

    private static string Person(int n)
    {
        var first17 = $"62010219850101{n:000}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    /// <summary>A booking for today, put straight into the database (the API books 1–5 working days ahead only).</summary>
    private async Task<string> SeedAsync(int person, string line, TimeOnly slot, string hall = "AM")
    {
        await using var db = await _factory.DbAsync();
        var code = AppointmentCode.New();
        db.Appointments.Add(Appointment.Book(code, hall, line, _today, slot, "李四", Person(person), "13912345678", _factory.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        return code;
    }

    private async Task<string> WalkInAsync(string line) =>
        (await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, null, false), Actor.Anonymous(null, "test"))).Number;

    private async Task<int> TicketsTodayAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.Tickets.CountAsync(t => t.ServiceDate == _today);
    }

    private async Task<AppointmentStatus> StatusAsync(string code)
    {
        await using var db = await _factory.DbAsync();
        return (await db.Appointments.SingleAsync(a => a.Code == code)).Status;
    }
}
