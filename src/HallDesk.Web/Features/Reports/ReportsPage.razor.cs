using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Evaluation;
using Microsoft.AspNetCore.Components;
using HallDesk.Data;

namespace HallDesk.Web.Features.Reports;

/// <summary>The hall's operating report: a range of days, a period for the chart and a dimension for the rows.</summary>
public partial class ReportsPage
{
    private const int DefaultDays = 30;
    private static readonly ReportPeriod[] Periods = Enum.GetValues<ReportPeriod>();
    private static readonly ReportDimension[] Dimensions = Enum.GetValues<ReportDimension>();

    private string _hall = "";
    private ManagerDateRange _range;
    private ReportPeriod _period = ReportPeriod.Day;
    private ReportDimension _by = ReportDimension.Line;
    private HallReport? _report;
    private bool _loaded;

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

    private Task PeriodAsync(ReportPeriod period)
    {
        _period = period;
        return LoadAsync();
    }

    private Task ByAsync(ReportDimension by)
    {
        _by = by;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        _report = await Queries.LoadAsync(_hall, _range.From, _range.To, _period, _by);
        _loaded = true;
    }
}
