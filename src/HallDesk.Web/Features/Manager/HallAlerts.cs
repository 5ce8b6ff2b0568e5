using HallDesk.Web.Features.Live;
using MudBlazor;

namespace HallDesk.Web.Features.Manager;

/// <summary>The hall's alert thresholds in minutes (see <see cref="Domain.Queue.Hall"/>).</summary>
public sealed record AlertThresholds(int WaitMinutes, int PauseMinutes, int ServiceMinutes);

/// <summary>
/// One alert on the dashboard. <paramref name="Kind"/> names it stably across redraws (<c>wait-A</c>, <c>pause-3</c>,
/// <c>service-3</c>, <c>cases-red</c>, <c>rectifications-overdue</c>), so that a new one can be told from an old one.
/// <paramref name="TextKey"/> is a <c>Dash.Alert.*</c> resource with <paramref name="Args"/>; <paramref name="Href"/> is where it is handled.
/// </summary>
public sealed record HallAlert(string Kind, Severity Severity, string TextKey, object[] Args, string? Href);

public static class HallAlerts
{
    /// <summary>
    /// The alerts of a snapshot at <paramref name="nowUtc"/>. Waits in the snapshot are as of its server time and grow
    /// by the time since, so the 30-second redraw raises a wait alert without asking the database again.
    /// </summary>
    /// <param name="missingScheduleYear">A year whose holidays are due but not entered; given to district roles only, who keep the calendar.</param>
    public static IReadOnlyList<HallAlert> Of(BoardSnapshot snapshot, AlertThresholds thresholds, int casesAtRed, int overdueRectifications, DateTime nowUtc,
        int? missingScheduleYear = null)
    {
        var alerts = new List<HallAlert>();
        var elapsed = Math.Max(0, (int)(nowUtc - snapshot.ServerTime).TotalMinutes);
        foreach (var line in snapshot.Lines.Where(l => l.Waiting > 0))
        {
            var longest = line.LongestWaitMinutes + elapsed;
            if (longest >= thresholds.WaitMinutes)
            {
                var severity = longest >= 2 * thresholds.WaitMinutes ? Severity.Error : Severity.Warning;
                alerts.Add(new HallAlert($"wait-{line.Code}", severity, "Dash.Alert.Wait", [line.Code, line.Name, longest, line.Waiting], "/manager"));
            }
        }

        foreach (var counter in snapshot.Counters)
        {
            if (counter.StateSince is not { } since)
            {
                continue;
            }

            var minutes = Math.Max(0, (int)(nowUtc - since).TotalMinutes);
            if (counter.State == "Paused" && minutes >= thresholds.PauseMinutes)
            {
                alerts.Add(new HallAlert($"pause-{counter.Number}", Severity.Warning, "Dash.Alert.Pause", [counter.Number, minutes, counter.PauseReason ?? ""], "/manager"));
            }
            else if (counter.State == "Serving" && minutes >= thresholds.ServiceMinutes)
            {
                alerts.Add(new HallAlert($"service-{counter.Number}", Severity.Warning, "Dash.Alert.Service", [counter.Number, counter.CurrentTicket ?? "", minutes], "/manager"));
            }
        }

        if (casesAtRed > 0)
        {
            // The review inbox belongs to the departments' reviewers: the manager is told, not sent there.
            alerts.Add(new HallAlert("cases-red", Severity.Error, "Dash.Alert.CasesRed", [casesAtRed], null));
        }

        if (overdueRectifications > 0)
        {
            alerts.Add(new HallAlert("rectifications-overdue", Severity.Error, "Dash.Alert.Rectifications", [overdueRectifications], "/manager/rectifications"));
        }

        if (missingScheduleYear is { } year)
        {
            alerts.Add(new HallAlert($"calendar-{year}", Severity.Warning, "Dash.Alert.CalendarMissing", [year], "/manager/calendar"));
        }

        return alerts;
    }

    /// <summary>Whether <paramref name="current"/> holds an alert that <paramref name="previous"/> did not: the cue to chime.</summary>
    public static bool HasNew(IReadOnlyCollection<HallAlert> previous, IReadOnlyCollection<HallAlert> current)
    {
        var before = previous.Select(a => a.Kind).ToHashSet(StringComparer.Ordinal);
        return current.Any(a => !before.Contains(a.Kind));
    }
}
