using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using Microsoft.AspNetCore.Components;
using HallDesk.Data;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>好差评 figures of the manager's hall for a range of days, by counter, clerk, department, item or day.</summary>
public partial class ManagerEvaluationsPage
{
    private const int DefaultDays = 30;
    private static readonly FigureDimension[] Dimensions = Enum.GetValues<FigureDimension>();

    private string _hall = "";
    private ManagerDateRange _range;
    private FigureDimension _by = FigureDimension.Counter;
    private SatisfactionFigures? _total;
    private IReadOnlyList<FigureRow> _rows = [];

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    private DateOnly Today => Hall.TodayIn(Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);

    protected override async Task OnInitializedAsync()
    {
        _hall = CurrentStaff.HallCode;
        _range = ManagerDateRange.LastDays(Today, DefaultDays);
        await LoadAsync();
    }

    private static DateTime ToDateTime(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    private Task PickAsync(ManagerDateRange range)
    {
        _range = range;
        return LoadAsync();
    }

    private Task FromChangedAsync(DateTime? from) =>
        from is { } d ? PickAsync(ManagerDateRange.Of(DateOnly.FromDateTime(d), _range.To)) : Task.CompletedTask;

    private Task ToChangedAsync(DateTime? to) =>
        to is { } d ? PickAsync(ManagerDateRange.Of(_range.From, DateOnly.FromDateTime(d))) : Task.CompletedTask;

    private Task ByAsync(FigureDimension by)
    {
        _by = by;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        var (fromUtc, toUtc) = _range.ToUtc(Infrastructure.HallTime.Zone);
        (_total, _rows) = await Queries.FiguresAsync(_hall, fromUtc, toUtc, _by);
    }
}
