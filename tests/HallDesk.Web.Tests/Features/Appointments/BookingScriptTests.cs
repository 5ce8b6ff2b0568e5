using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Domain.Applicants;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>
/// The attack of the issue: a script that fills a slot with invented ID numbers (which pass the checksum) from one
/// address. With a slot of 20 places it used to take 20 requests; now it is stopped by the code, the address limit
/// and the open bookings per phone.
/// </summary>
public sealed class BookingScriptTests(BookingScriptTests.ScriptFactory factory) : IClassFixture<BookingScriptTests.ScriptFactory>
{
    private const string ScriptAddress = "203.0.113.7";

    public sealed class ScriptFactory : HallDeskFactory
    {
        protected override IReadOnlyDictionary<string, int> RateLimits =>
            new Dictionary<string, int>(base.RateLimits) { ["CodesPerAddressPerHour"] = 10 };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Appointments:SlotCapacity", "20");
        }
    }

    private static string Invented(int n)
    {
        var first17 = $"23100219900101{n:000}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    [Fact]
    public async Task Script_FromOneAddressWithInventedIdNumbers_CannotFillASlot()
    {
        var client = TestClientAddress.Client(factory, ScriptAddress);
        var booked = 0;
        var codesRefused = 0;
        var wrongCodes = 0;

        // Invented phones: the script never sees their SMS, so any code it sends is wrong (one it knows is wrong, here).
        for (var n = 0; n < 20; n++)
        {
            var phone = $"1370000{n:0000}";
            var ask = await client.PostAsJsonAsync("/api/v1/verification-codes", new { phone, purpose = "appointment" });
            if (ask.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(ask.Headers.RetryAfter);
                codesRefused++;
                continue;
            }

            var real = await SmsCodes.LatestAsync(factory, phone);
            var guess = real == "000000" ? "111111" : "000000";
            var book = await client.PostAsJsonAsync("/api/v1/appointments", Booking(n, phone, guess));
            if (book.StatusCode == HttpStatusCode.Created)
            {
                booked++;
            }
            else if (book.StatusCode == HttpStatusCode.BadRequest)
            {
                wrongCodes++;
            }
        }

        Assert.Equal((0, 10, 10), (booked, codesRefused, wrongCodes));

        // An hour later, with two phones of its own (it reads their codes): three open bookings each, then refused.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var refusedForPhone = 0;
        for (var n = 100; n < 108; n++)
        {
            var phone = n % 2 == 0 ? "13700009998" : "13700009999";
            var code = await SmsCodes.RequestAsync(factory, phone, ScriptAddress);
            var book = await client.PostAsJsonAsync("/api/v1/appointments", Booking(n, phone, code));
            booked += book.StatusCode == HttpStatusCode.Created ? 1 : 0;
            refusedForPhone += book.StatusCode == HttpStatusCode.Conflict ? 1 : 0;
        }

        Assert.Equal((6, 2), (booked, refusedForPhone));
        var slot = (await client.GetFromJsonAsync<JsonElement>("/api/v1/halls/AM/slots?line=A&date=2026-12-03"))
            .EnumerateArray().Single(s => s.GetProperty("start").GetString() == "10:00");
        Assert.Equal(14, slot.GetProperty("remaining").GetInt32());
    }

    private static object Booking(int n, string phone, string code) =>
        new { hall = "AM", line = "A", date = "2026-12-03", slot = "10:00", name = "赵六", idNumber = Invented(n), phone, verificationCode = code };
}
