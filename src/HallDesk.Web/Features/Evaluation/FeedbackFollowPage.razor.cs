using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>Public 诉求 follow-up: number and the phone's last four digits, masked answer, five misses an hour per number.</summary>
public partial class FeedbackFollowPage
{
    private string _number = "";
    private string _last4 = "";
    private string? _error;
    private FeedbackProgress? _progress;
    private bool _interactive;

    [SupplyParameterFromQuery(Name = "number")] private string? NumberFromLink { get; set; }

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
        // Five misses an hour per request number, counted in the database for this page and the API alike.
        var answer = await Follow.HandleAsync(_number, _last4.Trim());
        _progress = answer.Value;
        _error = answer.RetryAfter is { } retry ? L["Progress.Blocked", Minutes(retry)].Value
            : _progress is null ? L["Mgr.Follow.NoMatch"].Value
            : null;
    }

    private static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));

    private static string Local(DateTime utc) =>
        Infrastructure.HallTime.Format(utc);
}
