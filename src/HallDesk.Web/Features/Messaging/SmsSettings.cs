namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// <c>Sms:*</c> (README, Configuration): the gateway (<c>Outbox</c>, the default: nothing leaves, Admin reads what would
/// have been sent at /admin/sms; or <c>Http</c>), the signature put before every text, quiet hours for reminders, a
/// switch per kind, how long the outbox keeps messages, and the HTTP provider's address, body template and key.
/// </summary>
public sealed class SmsSettings(IConfiguration configuration)
{
    private readonly IConfiguration _configuration = configuration;

    public const string OutboxGateway = "Outbox";
    public const string HttpGateway = "Http";

    public string Gateway { get; } = string.Equals(configuration["Sms:Gateway"], HttpGateway, StringComparison.OrdinalIgnoreCase)
        ? HttpGateway
        : configuration["Sms:Gateway"] is null or "" || string.Equals(configuration["Sms:Gateway"], OutboxGateway, StringComparison.OrdinalIgnoreCase)
            ? OutboxGateway
            : throw new InvalidOperationException($"Sms:Gateway: '{configuration["Sms:Gateway"]}' is neither Outbox nor Http.");

    /// <summary>Without the brackets; empty means the hall's own name.</summary>
    public string Signature { get; } = (configuration["Sms:Signature"] ?? "爱民区政务服务中心").Trim('【', '】', ' ');

    /// <summary>Hall-local start of the quiet hours (21:00) …</summary>
    public TimeOnly QuietFrom { get; } = TimeOnly.Parse(configuration["Sms:QuietFrom"] ?? "21:00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>… and their end (08:00): a reminder due in between waits until then.</summary>
    public TimeOnly QuietUntil { get; } = TimeOnly.Parse(configuration["Sms:QuietUntil"] ?? "08:00", System.Globalization.CultureInfo.InvariantCulture);

    public int KeepDays { get; } = configuration.GetValue("Sms:KeepDays", 30);

    /// <summary>Tries before a message is given up as failed; between them the wait doubles from 15 s to at most 30 minutes.</summary>
    public int MaxAttempts { get; } = configuration.GetValue("Sms:MaxAttempts", 8);

    /// <summary>Off in the tests, which run the sender themselves at the fake time they choose.</summary>
    public bool BackgroundSender { get; } = configuration.GetValue("Sms:BackgroundSender", true);

    public string? HttpUrl { get; } = configuration["Sms:Http:Url"];

    /// <summary>The JSON body; <c>{phone}</c>, <c>{text}</c>, <c>{key}</c> and <c>{kind}</c> are replaced by JSON-escaped values.</summary>
    public string HttpTemplate { get; } = configuration["Sms:Http:Template"] is { Length: > 0 } t ? t : """{"to":"{phone}","text":"{text}","id":"{key}"}""";

    public string HttpApiKeyHeader { get; } = configuration["Sms:Http:ApiKeyHeader"] is { Length: > 0 } h ? h : "X-Api-Key";

    public string? HttpApiKey { get; } = configuration["Sms:Http:ApiKey"];

    public TimeSpan HttpTimeout { get; } = TimeSpan.FromSeconds(configuration.GetValue("Sms:Http:TimeoutSeconds", 10));

    /// <summary>Quick retries inside one try (on 5xx, 429, timeouts) before the message goes back to wait its back-off.</summary>
    public int HttpRetries { get; } = configuration.GetValue("Sms:Http:Retries", 2);

    public TimeSpan HttpRetryDelay { get; } = TimeSpan.FromMilliseconds(configuration.GetValue("Sms:Http:RetryDelayMilliseconds", 500));

    public bool IsOn(SmsKind kind) => _configuration.GetValue($"Sms:Kinds:{kind.Name}", true);

    /// <summary>When a message of this kind created at <paramref name="utc"/> may go: at once, or at the end of the quiet hours.</summary>
    public DateTime DueAt(SmsKind kind, DateTime utc)
    {
        if (!kind.WaitsOutQuietHours || QuietFrom == QuietUntil)
        {
            return utc;
        }

        var local = Infrastructure.HallTime.Local(utc);
        var time = TimeOnly.FromDateTime(local);
        var quiet = QuietFrom > QuietUntil
            ? time >= QuietFrom || time < QuietUntil
            : time >= QuietFrom && time < QuietUntil;
        if (!quiet)
        {
            return utc;
        }

        var day = DateOnly.FromDateTime(local);
        var morning = (time >= QuietUntil ? day.AddDays(1) : day).ToDateTime(QuietUntil);
        return TimeZoneInfo.ConvertTimeToUtc(morning, Infrastructure.HallTime.Zone);
    }

    /// <summary>The wait after the n-th failed try: 15 s, 30 s, 1 min … at most 30 minutes.</summary>
    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(15 * Math.Pow(2, Math.Max(0, attempts - 1)), 1800));
}
