using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>Public 诉求 follow-up: number and the phone's last four digits, masked answer, a minute's pause after five misses.</summary>
public partial class FeedbackFollowPage
{
    private const int MaxFailures = 5;
    private string _number = "";
    private string _last4 = "";
    private string? _error;
    private FeedbackProgress? _progress;
    private int _failures;
    private DateTimeOffset _blockedUntil;
    private bool _interactive;

    [SupplyParameterFromQuery(Name = "number")] private string? NumberFromLink { get; set; }

    private bool Blocked => Time.GetUtcNow() < _blockedUntil;

    protected override void OnInitialized() => _number = NumberFromLink ?? "";

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task FindAsync()
    {
        if (Blocked)
        {
            return;
        }

        _progress = await Follow.HandleAsync(_number, _last4.Trim());
        _error = _progress is null ? L["Mgr.Follow.NoMatch"].Value : null;
        // As on the case progress page: a minute's pause after five misses, so a circuit cannot guess phone numbers.
        if (_progress is null && ++_failures >= MaxFailures)
        {
            _failures = 0;
            _blockedUntil = Time.GetUtcNow().AddMinutes(1);
            _error = L["Progress.Blocked"].Value;
        }
    }

    private static string Local(DateTime utc) =>
        Infrastructure.HallTime.Format(utc);
}
