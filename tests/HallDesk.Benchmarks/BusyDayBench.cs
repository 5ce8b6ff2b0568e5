using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Benchmarks;

/// <summary>
/// Does a clerk's click cost more on a busy afternoon than on a quiet morning (issue 23)? The same app and actions on
/// an empty day and on a day whose hall has already finished many tickets (written into the database before the
/// timed part, by the clerks of the hall, a quarter of them by clerk1 himself), each with 300 tickets waiting and
/// three other consoles of the hall open; and, on the empty day, the clerk alone against 30 other consoles open.
/// </summary>
public static class BusyDayBench
{
    private const int Waiting = 300;
    private const int OtherConsoles = 3;
    private const int ManyConsoles = 30;

    /// <param name="Action">叫号 or 完成 (CallNextTicket / FinishService) until every open console has applied it.</param>
    /// <param name="CpuMsPerAction">The process's CPU time over the actions, divided by them (app and screens; no board is connected).</param>
    /// <param name="Click">A click in Chromium (叫号, 开始办理, 完成) until clerk1's console shows its result, the other consoles open.</param>
    /// <param name="Jitted">Methods the JIT compiled during the timed actions (after <see cref="JitSettled"/>): near 0 when the CPU per action is the day's.</param>
    /// <param name="SqlMsPerAction">SQLite's own time per action, by statement (<see cref="SqliteStatementTimes"/>).</param>
    public sealed record Day(
        int Finished, Latency Action, double CpuMsPerAction, Latency Issue, Latency Board, double Reads, Latency Click, long Jitted,
        IReadOnlyDictionary<string, double> SqlMsPerAction);

    public sealed record Result(Day Empty, Day Busy, Day Alone, Day WithMany, int Actions);

    public static async Task<Result> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var actions = options.Quick ? 40 : 200;
        // Untimed: a whole day's actions, reads and clicks once, so that the first day measured does not pay alone for the
        // JIT's first and second compilation of them (the empty day cost 24 ms of CPU an action when run first, 7–10 when
        // run after another day: a ratio against it flattered every later day).
        _ = await RunDayAsync(0, actions, OtherConsoles, ct, httpRounds: 20, clickRounds: 10);
        Program.Progress("busy-day: warmed up (a day untimed)");
        // SQLite's statement times for the measured days only: the later phases' connections are not hooked.
        SqliteStatementTimes.Enabled = true;
        try
        {
            var empty = await RunDayAsync(0, actions, OtherConsoles, ct);
            Program.Progress("busy-day: the empty day measured");
            var busy = await RunDayAsync(options.BusyDayTickets, actions, OtherConsoles, ct);
            Program.Progress($"busy-day: the day with {options.BusyDayTickets:N0} finished tickets measured");
            var alone = await RunDayAsync(0, actions, 0, ct, httpRounds: 0, clickRounds: 0);
            var many = await RunDayAsync(0, actions, ManyConsoles, ct, httpRounds: 0, clickRounds: 0);
            Program.Progress($"busy-day: the clerk alone and with {ManyConsoles} other consoles measured");
            return new Result(empty, busy, alone, many, actions);
        }
        finally
        {
            SqliteStatementTimes.Enabled = false;
        }
    }

    public static string Print(Result r)
    {
        Figures.Record("busyday_click_ratio", r.Busy.Click.P50 / r.Empty.Click.P50);
        Figures.Record("busyday_action_ratio", r.Busy.Action.P50 / r.Empty.Action.P50);
        Figures.Record("busyday_cpu_ratio", r.Busy.CpuMsPerAction / r.Empty.CpuMsPerAction);
        Figures.Record("busyday_issue_ratio", r.Busy.Issue.P50 / r.Empty.Issue.P50);
        Figures.Record("busyday_board_ratio", r.Busy.Board.P50 / r.Empty.Board.P50);
        Figures.Record("busyday_cpu_ms", r.Busy.CpuMsPerAction);
        Figures.Record("consoles30_cpu_ratio", r.WithMany.CpuMsPerAction / r.Alone.CpuMsPerAction);
        var text = new StringBuilder();
        text.AppendLine("## A busy day against a quiet one").AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, 
            $"The same app on an empty day and on a day whose hall has finished {r.Busy.Finished:N0} tickets, {Waiting} tickets waiting, clerk1's console and {OtherConsoles} other consoles of the hall open (doing what the page does on each event, without rendering); {r.Actions} actions (叫号 and 完成 in turns) timed until every console applied them; then clerk1 signs in with Chromium and clicks 叫号, 开始办理 and 完成 in the console, each timed in the page until the console shows its result."));
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Report.Row(text, "click in Chromium → console shows it, empty day", r.Empty.Click);
        Report.Row(text, string.Create(CultureInfo.InvariantCulture, $"click in Chromium → console shows it, {r.Busy.Finished:N0} finished"), r.Busy.Click);
        Report.RatioRow(text, "**ratio busy / empty**", r.Busy.Click, r.Empty.Click, bold: true);
        Report.Row(text, "action → consoles updated, empty day", r.Empty.Action);
        Report.Row(text, string.Create(CultureInfo.InvariantCulture, $"action → consoles updated, {r.Busy.Finished:N0} finished"), r.Busy.Action);
        Report.RatioRow(text, "**ratio busy / empty**", r.Busy.Action, r.Empty.Action, bold: true);
        Report.Row(text, "ticket issue over HTTP, empty day", r.Empty.Issue);
        Report.Row(text, "ticket issue over HTTP, busy day", r.Busy.Issue);
        Report.RatioRow(text, "**ratio busy / empty**", r.Busy.Issue, r.Empty.Issue, bold: true);
        Report.Row(text, "board snapshot over HTTP, empty day", r.Empty.Board);
        Report.Row(text, "board snapshot over HTTP, busy day", r.Busy.Board);
        Report.RatioRow(text, "**ratio busy / empty**", r.Busy.Board, r.Empty.Board, bold: true);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Report.Figure(text, "CPU per action, empty / busy day", $"{Report.F(r.Empty.CpuMsPerAction)} / {Report.F(r.Busy.CpuMsPerAction)} ms");
        Report.Figure(text, "**CPU per action, ratio busy / empty**", $"**{Report.F(r.Busy.CpuMsPerAction / r.Empty.CpuMsPerAction)}×**");
        Report.Figure(text, string.Create(CultureInfo.InvariantCulture, $"CPU per action on the empty day, the clerk alone / with {ManyConsoles} other consoles open"), $"{Report.F(r.Alone.CpuMsPerAction)} / {Report.F(r.WithMany.CpuMsPerAction)} ms");
        Report.Figure(text, string.Create(CultureInfo.InvariantCulture, $"**CPU per action, ratio {ManyConsoles} consoles / alone**"), $"**{Report.F(r.WithMany.CpuMsPerAction / r.Alone.CpuMsPerAction)}×**");
        Report.Figure(text, "methods the JIT compiled during the timed actions: empty, busy day, alone, 30 consoles", $"{r.Empty.Jitted} / {r.Busy.Jitted} / {r.Alone.Jitted} / {r.WithMany.Jitted}");
        Report.Figure(text, "console reloads per action, empty / busy day", $"{Report.F(r.Empty.Reads)} / {Report.F(r.Busy.Reads)}");
        Report.Figure(text, "load average at the end (1 / 5 / 15 min)", Report.LoadAverage());
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"SQLite's own time per action (its profile of each statement), empty / busy day: {Report.F(r.Empty.SqlMsPerAction.Values.Sum())} / {Report.F(r.Busy.SqlMsPerAction.Values.Sum())} ms; the statements that grew most:"));
        text.AppendLine();
        text.AppendLine("| statement | empty day ms | busy day ms |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var (statement, busy) in r.Busy.SqlMsPerAction.OrderByDescending(s => s.Value - r.Empty.SqlMsPerAction.GetValueOrDefault(s.Key)).Take(5))
        {
            var shown = statement.ReplaceLineEndings(" ");
            shown = shown.Length > 110 ? shown[..110] + "…" : shown;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{shown.Replace("|", "\\|", StringComparison.Ordinal)}` | {Report.F(r.Empty.SqlMsPerAction.GetValueOrDefault(statement))} | {Report.F(busy)} |"));
        }

        return text.ToString();
    }

    private static async Task<Day> RunDayAsync(int finished, int actions, int others, CancellationToken ct, int httpRounds = 60, int clickRounds = 40)
    {
        using var app = new BenchApp();
        app.StartServer();
        var clerk = await app.ActorAsync("clerk1");
        if (finished > 0)
        {
            await WriteFinishedDayAsync(app, finished, ct);
        }

        await app.Get<OpenCounter>().HandleAsync(clerk, BenchApp.Hall, CallRounds.Counter, ct);
        var issue = app.Get<IssueTicket>();
        for (var i = 0; i < Waiting; i++)
        {
            await issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, "A", null, false), clerk, ct);
        }

        var consoles = new List<string> { clerk.UserId };
        consoles.AddRange(await StaffScreensBench.OpenCountersAsync(app, others, ct));
        var notifier = app.Get<QueueNotifier>();
        await using var screens = await StaffScreens.OpenAsync(app, consoles, managers: 0, ct);
        var call = app.Get<CallNextTicket>();
        var finish = app.Get<FinishService>();

        async Task ActAsync(int i)
        {
            if (i % 2 == 0)
            {
                _ = await call.HandleAsync(clerk, ct) ?? throw new InvalidOperationException("Nobody was waiting for clerk1.");
            }
            else
            {
                await finish.HandleAsync(clerk, ct);
            }

            await screens.IdleAsync(notifier);
        }

        _ = await JitSettled.WarmUpAsync(ActAsync, batch: 20, most: 120);

        var steps = new List<double>(actions);
        var reads = screens.Reads;
        var compiled = JitSettled.Compiled;
        var statements = SqliteStatementTimes.Snapshot();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < actions; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await ActAsync(i);
            steps.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        var cpuPerAction = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / actions;
        var readsPerAction = (double)(screens.Reads - reads) / actions;
        var jitted = JitSettled.Compiled - compiled;
        var sql = SqliteStatementTimes.Since(statements, actions);

        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var issued = new List<double>();
        var boards = new List<double>();
        for (var i = 0; i < httpRounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using (var body = new StringContent("""{"line":"B"}""", Encoding.UTF8, "application/json"))
            using (var response = await http.PostAsync(new Uri("/api/v1/halls/AM/tickets", UriKind.Relative), body, ct))
            {
                Expect(response, HttpStatusCode.Created);
            }

            issued.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
            start = Stopwatch.GetTimestamp();
            using (var response = await http.GetAsync(new Uri("/api/v1/halls/AM/board", UriKind.Relative), ct))
            {
                Expect(response, HttpStatusCode.OK);
                _ = await response.Content.ReadAsByteArrayAsync(ct);
            }

            boards.Add(Latency.Milliseconds(start, Stopwatch.GetTimestamp()));
        }

        // Last, on the same day with the same consoles open: the clerk's own clicks in a browser.
        var clicks = clickRounds > 0 ? await ConsoleClicks.MeasureAsync(app, "clerk1", clickRounds, ct) : [];
        return new Day(finished, Latency.Of(steps), cpuPerAction, Latency.Of(issued), Latency.Of(boards), readsPerAction, Latency.Of(clicks), jitted, sql);
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)status}.");
        }
    }

    /// <summary>
    /// A day already worked: tickets of lines A–E issued since the hall's midnight, each called, served and finished
    /// at one of the hall's counters by one of its clerks (clerk1 a quarter of them), written straight to the database.
    /// </summary>
    private static async Task WriteFinishedDayAsync(BenchApp app, int count, CancellationToken ct)
    {
        var clerks = new List<string>();
        foreach (var name in new[] { "clerk1", "clerk2", "clerk3", "clerk4" })
        {
            clerks.Add((await app.ActorAsync(name)).UserId);
        }

        await using var db = await app.DbAsync();
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == BenchApp.Hall, ct);
        var now = app.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = hall.LocalDate(now);
        var midnight = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), hall.TimeZone);
        // The day so far, with an hour to spare before now so every ticket's steps lie in the past.
        var span = now - TimeSpan.FromHours(1) - midnight;
        if (span <= TimeSpan.FromMinutes(10))
        {
            midnight = now - TimeSpan.FromHours(3);
            span = TimeSpan.FromHours(2);
        }

        string[] lines = ["A", "B", "C", "D", "E"];
        var sequence = new int[lines.Length];
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var line = i % lines.Length;
            var issuedAt = midnight + span * i / count;
            var ticket = Ticket.Issue(BenchApp.Hall, lines[line], today, ++sequence[line], null, false, issuedAt);
            ticket.Call(1 + (i % 8), clerks[i % clerks.Count], issuedAt.AddMinutes(5));
            ticket.StartService(issuedAt.AddMinutes(6));
            ticket.Finish(issuedAt.AddMinutes(6 + (i % 9)));
            db.Tickets.Add(ticket);
            if (i % 2000 == 1999)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
