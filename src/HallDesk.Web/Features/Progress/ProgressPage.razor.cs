using HallDesk.Data;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Progress;

public partial class ProgressPage
{
    private string _number = "";
    private string _last4 = "";
    private Guarded<CaseProgress>? _answer;

    [SupplyParameterFromQuery(Name = "case")] private string? CaseFromLink { get; set; }

    protected override void OnInitialized() => _number = CaseFromLink ?? "";

    private async Task FindAsync()
    {
        // Five misses an hour per case number, counted in the database: a reload, another browser or the API share them.
        _answer = await Query.FindAsync(_number, _last4.Trim());
    }
}
