using HallDesk.Data;
using HallDesk.Web.Components;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HallDesk.Web.Features.Online;

public sealed partial class OnlineApplicationsPanel
{
    private IReadOnlyList<OnlineApplicationRow> _rows = [];
    private OnlineApplicationDetail? _detail;
    private string _note = "";

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired] public string HallCode { get; set; } = "";

    [Inject] private OnlineApplicationQueries Queries { get; set; } = default!;
    [Inject] private AcceptOnlineApplication Accept { get; set; } = default!;
    [Inject] private RequestOnlineCorrection Correction { get; set; } = default!;
    [Inject] private RejectOnlineApplication Reject { get; set; } = default!;
    [Inject] private UserAction Act { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> Text { get; set; } = default!;

    private DateOnly Today => Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync() =>
        _rows = await Queries.ForHallAsync(HallCode, Time.GetUtcNow().UtcDateTime.AddDays(-1));

    private async Task OpenAsync(string number)
    {
        _note = "";
        _detail = await Queries.DetailAsync(number, HallCode);
    }

    private async Task CloseAsync()
    {
        _detail = null;
        await LoadAsync();
    }

    private Task AcceptAsync() => StepAsync(n => Accept.HandleAsync(n, Actor), "Online.Done.Accept");

    private Task CorrectionAsync() => StepAsync(n => Correction.HandleAsync(n, _note, Actor), "Online.Done.Correction");

    private Task RejectAsync() => StepAsync(n => Reject.HandleAsync(n, _note, Actor), "Online.Done.Reject");

    /// <summary>One decision on the open application; then it is read again, whatever happened.</summary>
    private async Task StepAsync(Func<string, Task> step, string successKey)
    {
        if (_detail is not { } detail)
        {
            return;
        }

        await Act.RunAsync(() => step(detail.Application.Number), Text[successKey]);
        _detail = await Queries.DetailAsync(detail.Application.Number, HallCode);
    }
}
