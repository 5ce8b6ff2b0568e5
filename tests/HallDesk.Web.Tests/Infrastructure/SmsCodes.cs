using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>What a citizen's phone would receive: a verification code is asked for and read back from the SMS outbox.</summary>
public static partial class SmsCodes
{
    [GeneratedRegex(@"\d{6}")]
    private static partial Regex SixDigits();

    /// <summary>
    /// Asks for a booking code for the phone and returns the digits of its SMS. A phone asked for again within its minute
    /// waits out the minute on the fake clock first, as a citizen would.
    /// </summary>
    public static async Task<string> RequestAsync(HallDeskFactory factory, string phone, string address = "10.99.0.1",
        string purpose = RequestVerificationCode.AppointmentPurpose)
    {
        var request = factory.Get<RequestVerificationCode>();
        var command = new RequestVerificationCode.Command(phone, purpose);
        try
        {
            await request.HandleAsync(command, Actor.Anonymous(address, "test"));
        }
        catch (TooManyAttemptsException tooSoon) when (tooSoon.Text.Key == "Verification.TooSoon")
        {
            factory.Clock.Advance(tooSoon.RetryAfter + TimeSpan.FromSeconds(1));
            await request.HandleAsync(command, Actor.Anonymous(address, "test"));
        }

        return await LatestAsync(factory, phone);
    }

    /// <summary>The code in the newest verification SMS to the phone.</summary>
    public static async Task<string> LatestAsync(HallDeskFactory factory, string phone)
    {
        await using var db = await factory.DbAsync();
        var text = await db.SmsOutbox.AsNoTracking()
            .Where(m => m.Phone == phone && m.Kind == "VerificationCode")
            .OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync();
        return SixDigits().Match(text).Value;
    }
}
