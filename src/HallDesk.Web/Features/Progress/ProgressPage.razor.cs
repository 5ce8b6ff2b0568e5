using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Progress;

public partial class ProgressPage
{
    private string _number = "";
    private string _last4 = "";
    private string? _error;
    private CaseProgress? _progress;

    [SupplyParameterFromQuery(Name = "case")] private string? CaseFromLink { get; set; }

    protected override void OnInitialized() => _number = CaseFromLink ?? "";

    private async Task FindAsync()
    {
        // Five misses an hour per case number, counted in the database: a reload, another browser or the API share them.
        var answer = await Query.FindAsync(_number, _last4.Trim());
        _progress = answer.Value;
        _error = answer.RetryAfter is { } retry ? L["Progress.Blocked", Math.Max(1, (int)Math.Ceiling(retry.TotalMinutes))]
            : _progress is null ? CaseProgressQuery.NoMatch
            : null;
    }

    private static string Local(DateTime utc) =>
        HallTime.Format(utc);
}
