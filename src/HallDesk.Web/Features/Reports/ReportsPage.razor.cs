using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Evaluation;
using Microsoft.AspNetCore.Components;
using HallDesk.Data;

namespace HallDesk.Web.Features.Reports;

/// <summary>
/// The hall's operating report: a range of days, a period for the chart and a dimension for the rows. District roles
/// choose the hall, or put every hall side by side (the hall dimension); a hall manager reads their own hall whatever
/// the link says. The 分建统管 monthly report is the page's second kind.
/// </summary>
public partial class ReportsPage
{
    private const int DefaultDays = 30;
    private static readonly ReportPeriod[] Periods = Enum.GetValues<ReportPeriod>();

    private string? _hall = "";
    private ManagerDateRange _range;
    private ReportPeriod _period = ReportPeriod.Day;
    private ReportDimension _by = ReportDimension.Line;
    private HallReport? _report;
    private bool _loaded;
    private bool _monthly;
    private IReadOnlyList<(string Code, string Name)> _halls = [];

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    /// <summary><c>?hall=XY</c> or <c>?hall=all</c>: heeded for district roles only (<see cref="ReportScope"/>).</summary>
    [SupplyParameterFromQuery(Name = "hall")] private string? HallFromLink { get; set; }

    [SupplyParameterFromQuery(Name = "by")] private string? ByFromLink { get; set; }

    private DateOnly Today => Hall.TodayIn(Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);

    /// <summary>The hall dimension is the district's: every hall side by side.</summary>
    private IEnumerable<ReportDimension> Dimensions =>
        Enum.GetValues<ReportDimension>().Where(d => d != ReportDimension.Hall || CurrentStaff.IsDistrict);

    /// <summary>The export's <c>hall</c>: only when a district role looks at a hall other than their own.</summary>
    private string? ExportHall => CurrentStaff.IsDistrict && _hall is not null && _hall != CurrentStaff.HallCode ? _hall : null;

    protected override async Task OnInitializedAsync()
    {
        if (Enum.TryParse<ReportDimension>(ByFromLink, ignoreCase: true, out var by) && Enum.IsDefined(by))
        {
            _by = by;
        }

        var scope = ReportScope.Of(CurrentStaff, HallFromLink, _by);
        if (scope.Refusal is not null)
        {
            // A hall manager following a district link reads their own hall, by line.
            _by = ReportDimension.Line;
        }

        _hall = scope.Hall;
        if (CurrentStaff.IsDistrict)
        {
            _halls = await Queries.HallsAsync();
        }

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
        _hall = ReportScope.Of(CurrentStaff, by == ReportDimension.Hall ? null : _hall ?? CurrentStaff.HallCode, by).Hall;
        return LoadAsync();
    }

    private Task HallAsync(string hall)
    {
        _hall = hall;
        if (_by == ReportDimension.Hall)
        {
            _by = ReportDimension.Line;
        }

        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        _report = await Queries.LoadAsync(_hall, _range.From, _range.To, _period, _by);
        _loaded = true;
    }
}
