using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>办件评价 online (一事一评): the receipt's QR code leads here with the case's evaluation token.</summary>
public partial class EvaluatePage
{
    private EvaluationLevel? _level;
    private string _last4 = "";
    private string? _error;
    private bool _busy;
    private bool _done;
    private OnlineRatingState _state;

    [Parameter] public string Token { get; set; } = "";

    [Inject] private SubmitEvaluation Submit { get; set; } = default!;

    [CascadingParameter] private Components.ClientAddress? Address { get; set; }

    protected override async Task OnInitializedAsync() => _state = await Submit.StateAsync(Token);

    private void Choose(EvaluationLevel level)
    {
        _level = level;
        _error = null;
    }

    private async Task SubmitAsync((IReadOnlyList<string> Indicators, string? Comment) details)
    {
        if (_busy || _level is not { } level)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            await Submit.RateCaseAsync(Token, _last4.Trim(), new SubmitEvaluation.Rating(level, details.Indicators, details.Comment), EvaluationChannel.QrCode,
                Address?.Value);
            _done = true;
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException or InputException or TooManyAttemptsException)
        {
            _error = Texts.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }
}
