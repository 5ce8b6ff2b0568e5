using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// Posts each message to <c>Sms:Http:Url</c> as the JSON of <c>Sms:Http:Template</c>, with the provider's key in the
/// <c>Sms:Http:ApiKeyHeader</c> header and the message's own <c>Idempotency-Key</c>, so that a provider drops a repeat
/// sent after a crash. Timeouts and quick retries come from the client's resilience handler (<see cref="MessagingServices"/>);
/// any failure is answered, never thrown.
/// </summary>
public sealed class HttpSmsGateway(HttpClient http, SmsSettings settings, ILogger<HttpSmsGateway> logger) : ISmsGateway
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public string Name => SmsSettings.HttpGateway;

    public async Task<SmsDelivery> SendAsync(OutgoingSms sms, CancellationToken ct)
    {
        if (settings.HttpUrl is not { Length: > 0 } url)
        {
            return SmsDelivery.Failed("Sms:Http:Url is not set");
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(Body(settings.HttpTemplate, sms), Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation(IdempotencyHeader, sms.Key);
            if (settings.HttpApiKey is { Length: > 0 } key)
            {
                request.Headers.TryAddWithoutValidation(settings.HttpApiKeyHeader, key);
            }

            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                return SmsDelivery.Ok;
            }

            var said = await response.Content.ReadAsStringAsync(ct);
            return SmsDelivery.Failed(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}: {Shorten(said)}"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Refused, timed out, a broken template: the message waits for its next try; the clerk never sees this.
            logger.LogWarning(ex, "SMS {Key} was not accepted by the HTTP gateway", sms.Key);
            return SmsDelivery.Failed(ex.GetType().Name + ": " + Shorten(ex.Message));
        }
    }

    /// <summary>The template with each placeholder replaced by its value as a JSON string's content.</summary>
    public static string Body(string template, OutgoingSms sms) => template
        .Replace("{phone}", Escape(sms.Phone), StringComparison.Ordinal)
        .Replace("{text}", Escape(sms.Text), StringComparison.Ordinal)
        .Replace("{key}", Escape(sms.Key), StringComparison.Ordinal)
        .Replace("{kind}", Escape(sms.Kind), StringComparison.Ordinal);

    private static string Escape(string value)
    {
        var quoted = JsonSerializer.Serialize(value, JsonOptions);
        return quoted[1..^1];
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Shorten(string text) => text.Length > 200 ? text[..200] : text;
}
