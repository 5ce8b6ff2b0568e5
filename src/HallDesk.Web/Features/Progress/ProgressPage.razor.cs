using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Progress;

public partial class ProgressPage
{
    private const int MaxFailures = 5;
    private string _number = "";
    private string _last4 = "";
    private string? _error;
    private CaseProgress? _progress;
    private int _failures;
    private DateTimeOffset _blockedUntil;

    [SupplyParameterFromQuery(Name = "case")] private string? CaseFromLink { get; set; }

    private bool Blocked => Time.GetUtcNow() < _blockedUntil;

    protected override void OnInitialized() => _number = CaseFromLink ?? "";

    private async Task FindAsync()
    {
        _progress = await Query.FindAsync(_number, _last4.Trim());
        _error = _progress is null ? CaseProgressQuery.NoMatch : null;
        // A circuit cannot guess its way through phone numbers: a minute's pause after five misses.
        if (_progress is null && ++_failures >= MaxFailures)
        {
            _failures = 0;
            _blockedUntil = Time.GetUtcNow().AddMinutes(1);
            _error = L["Progress.Blocked"];
        }
    }

    private static string Local(DateTime utc) =>
        HallTime.Format(utc);
}
