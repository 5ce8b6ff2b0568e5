using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Domain.Applicants;
using HallDesk.Domain.Appointments;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>Today is Tue 2026-12-01 in the demo hall (open around the clock: slots 09:00–17:00, 4 places each).</summary>
public class AppointmentsApiTests : IClassFixture<HallDeskFactory>
{
    private const string Name = "张三丰";
    private const string Phone = "13812340001";

    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;

    public AppointmentsApiTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    /// <summary>A valid ID number (right check character) per person number.</summary>
    private static string Person(int n)
    {
        var first17 = $"11010519900101{n:000}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    /// <summary>Each person books with a phone of their own (a phone holds at most 3 open bookings).</summary>
    private static string PhoneOf(int person) => $"1381234{person:0000}";

    private static Dictionary<string, string> Booking(int person, string line = "A", string date = "2026-12-03", string slot = "09:00") =>
        new() { ["hall"] = "AM", ["line"] = line, ["date"] = date, ["slot"] = slot, ["name"] = Name, ["idNumber"] = Person(person), ["phone"] = PhoneOf(person) };

    /// <summary>Books as the page does: asks for the phone's code, reads it from the SMS, sends it with the booking.</summary>
    private async Task<HttpResponseMessage> BookAsync(Dictionary<string, string> body)
    {
        if (!body.ContainsKey("verificationCode"))
        {
            body["verificationCode"] = Domain.People.PhoneNumber.IsValidMobile(body["phone"]) ? await SmsCodes.RequestAsync(_factory, body["phone"]) : "000000";
        }

        return await _client.PostAsJsonAsync("/api/v1/appointments", body);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<(int Appointments, int Audits)> CountAsync()
    {
        await using var db = await _factory.DbAsync();
        return (await db.Appointments.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action.StartsWith("appointment.")));
    }

    private async Task<JsonElement> SlotAsync(string line, string date, string start)
    {
        var slots = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/halls/AM/slots?line={line}&date={date}");
        return slots.EnumerateArray().Single(s => s.GetProperty("start").GetString() == start);
    }

    [Fact]
    public async Task Post_Valid_Returns201WithCodeAndEverythingPersonalMasked()
    {
        var response = await BookAsync(Booking(1, slot: "09:30"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var body = await ReadAsync(response);
        var code = body.GetProperty("code").GetString()!;
        Assert.Equal(8, code.Length);
        Assert.All(code, c => Assert.Contains(c, AppointmentCode.Alphabet));
        Assert.Equal($"/api/v1/appointments/{code}", response.Headers.Location?.OriginalString);
        Assert.Equal("AM", body.GetProperty("hall").GetString());
        Assert.Equal("A", body.GetProperty("line").GetString());
        Assert.Equal("2026-12-03", body.GetProperty("date").GetString());
        Assert.Equal("09:30", body.GetProperty("slot").GetString());
        Assert.Equal("张*丰", body.GetProperty("name").GetString());
        Assert.Equal(IdNumber.Mask(Person(1)), body.GetProperty("idNumber").GetString());
        Assert.Equal("138****0001", body.GetProperty("phone").GetString());
        Assert.DoesNotContain(Person(1), raw);
        Assert.DoesNotContain(Phone, raw);
        Assert.DoesNotContain(Name, raw);

        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "appointment.book" && a.Subject == $"AM/{code}"));
    }

    [Theory]
    [InlineData("idNumber", "110105199001010021")] // wrong check character
    [InlineData("phone", "12345678901")]
    [InlineData("date", "2026-12-01")] // today
    [InlineData("date", "2026-12-05")] // Saturday
    [InlineData("date", "2026-12-09")] // 6th working day
    [InlineData("date", "12/03/2026")]
    [InlineData("slot", "09:15")]
    [InlineData("slot", "17:00")]
    [InlineData("slot", "nine")]
    [InlineData("line", "Z")]
    [InlineData("name", "")]
    public async Task Post_BadField_Returns400NamingTheFieldInChineseAndWritesNothing(string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["hall"] = "AM", ["line"] = "A", ["date"] = "2026-12-03", ["slot"] = "10:00",
            ["name"] = Name, ["idNumber"] = Person(2), ["phone"] = PhoneOf(2),
            // Any six digits: the fields are checked before the code is.
            ["verificationCode"] = "123456",
        };
        fields[field] = value;
        var before = await CountAsync();

        var response = await BookAsync(fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name '{field}'");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString());
        Assert.Single(errors.EnumerateObject());
        Assert.DoesNotContain(Person(2), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Post_SlotAtCapacity_Returns409AndWritesNothing()
    {
        for (var n = 10; n < 14; n++)
        {
            Assert.Equal(HttpStatusCode.Created, (await BookAsync(Booking(n, "B", slot: "10:00"))).StatusCode);
        }

        var before = await CountAsync();
        var full = await BookAsync(Booking(14, "B", slot: "10:00"));

        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Contains("约满", (await ReadAsync(full)).GetProperty("detail").GetString());
        Assert.Equal(before, await CountAsync());
        var slot = await SlotAsync("B", "2026-12-03", "10:00");
        Assert.Equal(4, slot.GetProperty("capacity").GetInt32());
        Assert.Equal(0, slot.GetProperty("remaining").GetInt32());
        Assert.Equal(4, (await SlotAsync("B", "2026-12-03", "10:30")).GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Post_SecondBookingSamePersonLineAndDay_Returns409ButOtherLineIsAllowed()
    {
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(Booking(20, "C", "2026-12-04", "09:00"))).StatusCode);
        var before = await CountAsync();

        var again = await BookAsync(Booking(20, "C", "2026-12-04", "14:00"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("每天只能预约一次", (await ReadAsync(again)).GetProperty("detail").GetString());
        Assert.Equal(before, await CountAsync());
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(Booking(20, "D", "2026-12-04", "14:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(Booking(20, "C", "2026-12-07", "14:00"))).StatusCode);
    }

    [Fact]
    public async Task Delete_Booked_CancelsAndFreesThePlace()
    {
        var codes = new List<string>();
        for (var n = 30; n < 34; n++)
        {
            codes.Add((await ReadAsync(await BookAsync(Booking(n, "E", "2026-12-08", "11:00")))).GetProperty("code").GetString()!);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await BookAsync(Booking(34, "E", "2026-12-08", "11:00"))).StatusCode);

        var cancel = await _client.DeleteAsync($"/api/v1/appointments/{codes[0]}");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("Cancelled", (await ReadAsync(cancel)).GetProperty("status").GetString());
        Assert.Equal(1, (await SlotAsync("E", "2026-12-08", "11:00")).GetProperty("remaining").GetInt32());
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(Booking(34, "E", "2026-12-08", "11:00"))).StatusCode);
        // The person who cancelled may book that line and day again.
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(Booking(30, "E", "2026-12-08", "11:30"))).StatusCode);

        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "appointment.cancel" && a.Subject == $"AM/{codes[0]}"));
    }

    [Fact]
    public async Task Delete_AlreadyCancelled_Returns409AndUnknown_Returns404()
    {
        var code = (await ReadAsync(await BookAsync(Booking(40, "A", "2026-12-02", "15:00")))).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _client.DeleteAsync($"/api/v1/appointments/{code}")).StatusCode);

        var again = await _client.DeleteAsync($"/api/v1/appointments/{code}");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已取消", (await ReadAsync(again)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync("/api/v1/appointments/ZZZZZZZZ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync("/api/v1/appointments/bad")).StatusCode);
    }

    [Fact]
    public async Task Reschedule_MovesTheBooking_BadDateIs400_UnknownIs404_AndEachChangesNothing()
    {
        var code = (await ReadAsync(await BookAsync(Booking(77, "B", "2026-12-03", "09:30")))).GetProperty("code").GetString()!;

        var badDate = await _client.PostAsJsonAsync($"/api/v1/appointments/{code}/reschedule", new { date = "2026-13-40", slot = "10:00" });
        var unknown = await _client.PostAsJsonAsync("/api/v1/appointments/ZZZZZZZZ/reschedule", new { date = "2026-12-04", slot = "10:00" });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await ReadAsync(badDate)).GetProperty("errors").TryGetProperty("date", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(3, (await SlotAsync("B", "2026-12-03", "09:30")).GetProperty("remaining").GetInt32());

        var moved = await _client.PostAsJsonAsync($"/api/v1/appointments/{code}/reschedule", new { date = "2026-12-04", slot = "10:00" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var view = await ReadAsync(moved);
        Assert.Equal((code, "2026-12-04", "10:00"), (view.GetProperty("code").GetString(), view.GetProperty("date").GetString(), view.GetProperty("slot").GetString()));
        Assert.Equal(4, (await SlotAsync("B", "2026-12-03", "09:30")).GetProperty("remaining").GetInt32());
        Assert.Equal(3, (await SlotAsync("B", "2026-12-04", "10:00")).GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Get_ByCode_ReturnsTheBookingMaskedAndUnknown_Returns404()
    {
        var booked = await ReadAsync(await BookAsync(Booking(50, "A", "2026-12-02", "16:00")));
        var code = booked.GetProperty("code").GetString()!;

        var response = await _client.GetAsync($"/api/v1/appointments/{code.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var body = await ReadAsync(response);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal("Booked", body.GetProperty("status").GetString());
        Assert.Equal("16:00", body.GetProperty("slot").GetString());
        Assert.Equal(IdNumber.Mask(Person(50)), body.GetProperty("idNumber").GetString());
        Assert.DoesNotContain(Person(50), raw);
        Assert.DoesNotContain(PhoneOf(50), raw);
        Assert.DoesNotContain(Name, raw);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/appointments/ZZZZZZZZ")).StatusCode);
    }

    [Fact]
    public async Task Post_ThreeNoShowsWithin90Days_Returns409Blocked()
    {
        await using (var db = await _factory.DbAsync())
        {
            foreach (var day in new[] { 2, 9, 16 })
            {
                var past = Appointment.Book(
                    AppointmentCode.New(), "AM", "A", new DateOnly(2026, 11, day), new TimeOnly(9, 0), Name, Person(60), Phone, new DateTime(2026, 10, 30, 1, 0, 0, DateTimeKind.Utc));
                past.MarkNoShow(new DateTime(2026, 11, day, 12, 0, 0), new CheckInWindow(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15)));
                db.Appointments.Add(past);
            }

            await db.SaveChangesAsync();
        }

        var before = await CountAsync();
        var response = await BookAsync(Booking(60, "A", "2026-12-03", "11:00"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("2026-12-16", (await ReadAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task GetSlots_ListsTheDayAndRejectsUnknownHallOrBadDate()
    {
        var slots = await _client.GetFromJsonAsync<JsonElement>("/api/v1/halls/AM/slots?line=A&date=2026-12-07");

        Assert.Equal(16, slots.GetArrayLength());
        Assert.Equal("09:00", slots[0].GetProperty("start").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/halls/NOPE/slots?line=A&date=2026-12-07")).StatusCode);
        var saturday = await _client.GetAsync("/api/v1/halls/AM/slots?line=A&date=2026-12-05");
        Assert.Equal(HttpStatusCode.BadRequest, saturday.StatusCode);
        Assert.True((await ReadAsync(saturday)).GetProperty("errors").TryGetProperty("date", out _));
    }
}
