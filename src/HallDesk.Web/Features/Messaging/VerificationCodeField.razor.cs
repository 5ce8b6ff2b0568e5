using HallDesk.Data;
using HallDesk.Web.Components;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Messaging;

/// <summary>The SMS code of a booking or an online application: asks <see cref="RequestVerificationCode"/> for the phone typed above and counts down to the next request.</summary>
public sealed partial class VerificationCodeField
{
    private ITimer? _timer;
    private int _wait;
    private bool _sending;
    private string? _sentTo;
    private string? _sendError;

    [Parameter] public string? Phone { get; set; }

    [Parameter] public string? Code { get; set; }

    [Parameter] public EventCallback<string> CodeChanged { get; set; }

    /// <summary>The booking's answer about the code (wrong, expired …), shown at the field.</summary>
    [Parameter] public string? Error { get; set; }

    [Parameter] public bool Disabled { get; set; }

    /// <summary>What the code proves the phone for (<see cref="RequestVerificationCode.AppointmentPurpose"/> by default).</summary>
    [Parameter] public string Purpose { get; set; } = RequestVerificationCode.AppointmentPurpose;

    [Inject] private RequestVerificationCode Request { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    private string? ShownError => _sendError ?? Error;

    private async Task SendAsync()
    {
        _sending = true;
        _sendError = null;
        try
        {
            var sent = await Request.HandleAsync(new RequestVerificationCode.Command(Phone, Purpose), Actor.Anonymous(Address?.Value, "web"));
            _sentTo = sent.Phone;
            StartCountdown(sent.ResendAfterSeconds);
        }
        catch (FieldErrorsException ex)
        {
            _sendError = ex.Errors.ContainsKey("phone") ? Texts.Error("Verification.PhoneFirst") : Texts.Of((Exception)ex);
        }
        catch (TooManyAttemptsException ex)
        {
            _sendError = Texts.Of(ex);
            if (ex.RetryAfterSeconds <= 120)
            {
                StartCountdown(ex.RetryAfterSeconds);
            }
        }
        finally
        {
            _sending = false;
        }
    }

    private void StartCountdown(int seconds)
    {
        _wait = seconds;
        _timer?.Dispose();
        _timer = Time.CreateTimer(_ => InvokeAsync(Tick), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void Tick()
    {
        _wait = Math.Max(0, _wait - 1);
        if (_wait == 0)
        {
            _timer?.Dispose();
            _timer = null;
        }

        StateHasChanged();
    }

    public void Dispose() => _timer?.Dispose();
}
