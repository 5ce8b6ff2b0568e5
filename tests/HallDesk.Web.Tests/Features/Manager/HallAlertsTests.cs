using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Manager;

public sealed class HallAlertsTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly AlertThresholds Thresholds = new(WaitMinutes: 30, PauseMinutes: 15, ServiceMinutes: 20);

    private static BoardSnapshot Snapshot(IReadOnlyList<LineView>? lines = null, IReadOnlyList<CounterView>? counters = null, DateTime? serverTime = null) =>
        new("AM", "测试大厅", "", serverTime ?? Now, [], lines ?? [], counters ?? []);

    private static CounterView Counter(int number, string state, TimeSpan since, string? ticket = null, string? reason = null) =>
        new(number, $"{number}号窗口", state, state, reason, "王晓燕", "AM0101", ticket, Now - since, ["A"]);

    private static List<string> Kinds(BoardSnapshot snapshot, int casesAtRed = 0, int overdue = 0) =>
        HallAlerts.Of(snapshot, Thresholds, casesAtRed, overdue, Now).Select(a => a.Kind).ToList();

    [Fact]
    public void Of_LongestWaitAtThreshold_Alerts_OneMinuteBelow_DoesNot()
    {
        var snapshot = Snapshot(lines: [new("A", "综合受理", 3, 10, 30), new("B", "不动产", 2, 10, 29)]);

        var alerts = HallAlerts.Of(snapshot, Thresholds, 0, 0, Now);

        var alert = Assert.Single(alerts);
        Assert.Equal("wait-A", alert.Kind);
        Assert.Equal("/manager", alert.Href);
        Assert.Equal(Severity.Warning, alert.Severity);
    }

    [Fact]
    public void Of_WaitDoublesThreshold_IsAnError()
    {
        var alert = Assert.Single(HallAlerts.Of(Snapshot(lines: [new("A", "综合受理", 1, 10, 60)]), Thresholds, 0, 0, Now));

        Assert.Equal(Severity.Error, alert.Severity);
    }

    [Fact]
    public void Of_SnapshotTwoMinutesOld_WaitGrowsByTheTimeSince()
    {
        var snapshot = Snapshot(lines: [new("A", "综合受理", 1, 10, 28)], serverTime: Now.AddMinutes(-2));

        Assert.Equal(["wait-A"], Kinds(snapshot));
        Assert.Empty(Kinds(snapshot with { ServerTime = Now.AddMinutes(-1) }));
    }

    [Fact]
    public void Of_EmptyLine_NeverAlerts()
    {
        Assert.Empty(Kinds(Snapshot(lines: [new("A", "综合受理", 0, 0, 90)])));
    }

    [Fact]
    public void Of_PausedAtThreshold_Alerts_JustBelow_DoesNot()
    {
        Assert.Equal(["pause-3"], Kinds(Snapshot(counters: [Counter(3, "Paused", TimeSpan.FromMinutes(15), reason: "午休")])));
        Assert.Empty(Kinds(Snapshot(counters: [Counter(3, "Paused", TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1))])));
    }

    [Fact]
    public void Of_ServingAtThreshold_Alerts_JustBelow_DoesNot()
    {
        Assert.Equal(["service-4"], Kinds(Snapshot(counters: [Counter(4, "Serving", TimeSpan.FromMinutes(20), ticket: "A001")])));
        Assert.Empty(Kinds(Snapshot(counters: [Counter(4, "Serving", TimeSpan.FromMinutes(20) - TimeSpan.FromSeconds(1), ticket: "A001")])));
    }

    [Fact]
    public void Of_OpenOrClosedCounterLongInState_DoesNotAlert()
    {
        Assert.Empty(Kinds(Snapshot(counters: [Counter(1, "Open", TimeSpan.FromHours(3)), Counter(2, "Closed", TimeSpan.FromHours(3))])));
    }

    [Fact]
    public void Of_CasesAtRed_AlertsFromOne_WithoutLinkToTheReviewersInbox()
    {
        Assert.Empty(Kinds(Snapshot(), casesAtRed: 0));

        var alert = Assert.Single(HallAlerts.Of(Snapshot(), Thresholds, 1, 0, Now));

        Assert.Equal("cases-red", alert.Kind);
        Assert.Null(alert.Href);
        Assert.Equal(Severity.Error, alert.Severity);
    }

    [Fact]
    public void Of_OverdueRectifications_AlertsFromOne_LinkingToRectifications()
    {
        Assert.Empty(Kinds(Snapshot(), overdue: 0));

        var alert = Assert.Single(HallAlerts.Of(Snapshot(), Thresholds, 0, 2, Now));

        Assert.Equal("rectifications-overdue", alert.Kind);
        Assert.Equal("/manager/rectifications", alert.Href);
        Assert.Equal([2], alert.Args);
    }

    [Fact]
    public void HasNew_OnlyWhenAKindAppears()
    {
        var wait = new HallAlert("wait-A", Severity.Warning, "Dash.Alert.Wait", [], "/manager");
        var waitLonger = wait with { Severity = Severity.Error };
        var pause = new HallAlert("pause-3", Severity.Warning, "Dash.Alert.Pause", [], "/manager");

        Assert.False(HallAlerts.HasNew([wait], [waitLonger]));
        Assert.False(HallAlerts.HasNew([wait, pause], [pause]));
        Assert.True(HallAlerts.HasNew([wait], [wait, pause]));
        Assert.True(HallAlerts.HasNew([], [pause]));
    }

    [Fact]
    public void Of_NextYearsHolidaysMissing_AlertsWithALinkToTheCalendar()
    {
        var alert = Assert.Single(HallAlerts.Of(Snapshot(), Thresholds, 0, 0, Now, missingScheduleYear: 2027));

        Assert.Equal(("calendar-2027", "Dash.Alert.CalendarMissing", "/manager/calendar"), (alert.Kind, alert.TextKey, alert.Href));
        Assert.Equal([2027], alert.Args);
        Assert.Empty(HallAlerts.Of(Snapshot(), Thresholds, 0, 0, Now));
    }
}
