using HallDesk.Data;
using HallDesk.Domain.People;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// 获取验证码: a 6-digit code by SMS that proves a booking's or an online application's phone, valid 5 minutes. At most one per phone a minute,
/// five per phone a day and <c>RateLimit:CodesPerAddressPerHour</c> (10) per address an hour, counted from the stored
/// codes (so every node counts the same); beyond them 429 with the wait.
/// </summary>
public sealed class RequestVerificationCode(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    SmsOutbox outbox,
    IOptions<RateLimitSettings> limits,
    TimeProvider time)
{
    public const string AppointmentPurpose = "appointment";

    /// <summary>网上申报: the applicant's phone.</summary>
    public const string ApplicationPurpose = "application";
    public const int PerPhonePerDay = 5;

    public static readonly TimeSpan ValidFor = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan PerPhoneGap = TimeSpan.FromSeconds(60);

    public sealed record Command(string? Phone, string? Purpose);

    /// <summary>What the caller learns: the code went, and for how long it is valid (never the code).</summary>
    public sealed record Sent(string Phone, int ValidSeconds, int ResendAfterSeconds);

    public async Task<Sent> HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var phone = PhoneNumber.Normalize(command.Phone) ?? "";
        var errors = new Dictionary<string, Domain.DomainMessage>();
        if (!PhoneNumber.IsValidMobile(phone))
        {
            errors["phone"] = new("Appointment.PhoneInvalid");
        }

        var purpose = command.Purpose?.Trim();
        if (purpose is not (AppointmentPurpose or ApplicationPurpose))
        {
            errors["purpose"] = new("Verification.PurposeUnknown");
        }

        if (errors.Count > 0)
        {
            throw new FieldErrorsException(errors);
        }

        // The phone's own lock: two requests at once for one phone cannot both pass the one-a-minute check.
        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, "code:" + phone, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        var phoneTimes = await write.Db.VerificationCodes.AsNoTracking()
            .Where(c => c.Phone == phone && c.CreatedAt > dayAgo)
            .OrderBy(c => c.CreatedAt).Select(c => c.CreatedAt).ToListAsync(ct);
        if (phoneTimes.Count > 0 && phoneTimes[^1] + PerPhoneGap > now)
        {
            var wait = phoneTimes[^1] + PerPhoneGap - now;
            throw new TooManyAttemptsException(wait, new("Verification.TooSoon", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))));
        }

        if (phoneTimes.Count >= PerPhonePerDay)
        {
            throw new TooManyAttemptsException(phoneTimes[^PerPhonePerDay].AddDays(1) - now, new("Verification.TooManyToday"));
        }

        var perAddress = limits.Value.CodesPerAddressPerHour;
        var hourAgo = now.AddHours(-1);
        var address = actor.Address ?? "unknown";
        var addressTimes = await write.Db.VerificationCodes.AsNoTracking()
            .Where(c => c.Address == address && c.CreatedAt > hourAgo)
            .OrderByDescending(c => c.CreatedAt).Take(perAddress).Select(c => c.CreatedAt).ToListAsync(ct);
        if (addressTimes.Count >= perAddress)
        {
            var wait = addressTimes[^1].AddHours(1) - now;
            throw new TooManyAttemptsException(wait, new("Verification.TooManyFromAddress", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))));
        }

        var (row, code) = VerificationCode.Issue(phone, purpose!, address, now, ValidFor);
        write.Db.VerificationCodes.Add(row);
        await outbox.AddAsync(write, SmsKind.VerificationCode, phone, null, "code", SmsTexts.Message("Sms.VerificationCode", code, (int)ValidFor.TotalMinutes), now, ct);
        // Codes older than a day count for nothing any more.
        await write.Db.VerificationCodes.Where(c => c.CreatedAt < dayAgo.AddDays(-1)).ExecuteDeleteAsync(ct);
        await write.CommitAsync(ct);
        return new Sent(PersonalDataMask.Phone(phone), (int)ValidFor.TotalSeconds, (int)PerPhoneGap.TotalSeconds);
    }
}
