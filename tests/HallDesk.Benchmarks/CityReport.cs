using System.Globalization;
using System.Text;
using static HallDesk.Benchmarks.Report;

namespace HallDesk.Benchmarks;

/// <summary>The printed section and the figures of the city phase (<see cref="CityBench"/>).</summary>
public static class CityReport
{
    public static string Skipped() => ScaleReport.Skipped(CityBench.Title, "needs --postgres \"Host=…\" and --redis 127.0.0.1:6379");

    public static string Print(CityBench.Result r)
    {
        var (city, alone) = (r.City, r.Alone);
        var worst = r.PerHall.MaxBy(h => h.Call.P95)!;
        Figures.Record("city_calls_per_s", city.CallsPerSecond);
        Figures.Record("city_alone_calls_per_s", alone.CallsPerSecond);
        Figures.Record("city_p50_ms", city.Call.P50);
        Figures.Record("city_p95_ms", city.Call.P95);
        Figures.Record("city_p99_ms", city.Call.P99);
        Figures.Record("city_alone_p95_ms", alone.Call.P95);
        Figures.Record("city_ratio_p95", city.Call.P95 / alone.Call.P95);
        Figures.Record("city_hall_p95_max_ms", worst.Call.P95);
        Figures.Record("city_board_p99_ms", city.ToBoards.P99);
        Figures.Record("city_alone_board_p99_ms", alone.ToBoards.P99);
        Figures.Record("city_board_ratio_p99", city.ToBoards.P99 / alone.ToBoards.P99);
        Figures.Record("city_missing", city.Missing + alone.Missing);
        Figures.Record("city_check_ok", r.Check.Ok && r.NumberingFaults == 0 ? 1 : 0);
        Figures.Record("city_cpu_ms_per_call", city.PerCall(city.Press.Process));
        Figures.Record("city_db_cpu_ms_per_call", city.PerCall(city.Press.Database));
        Figures.Record("city_redis_cpu_ms_per_call", city.PerCall(city.Press.Redis));
        Figures.Record("city_cpu_ms_per_ticket", city.PerCall(city.Round.Process));
        Figures.Record("city_db_cpu_ms_per_ticket", city.PerCall(city.Round.Database));
        Figures.Record("city_redis_cpu_ms_per_ticket", city.PerCall(city.Round.Redis));
        Figures.Record("city_board_heap_kb", r.Boards.HeapPerBoardKb);
        Figures.Record("city_writes_per_commit", r.WritesPerCommit);
        Figures.Record("city_alone_cpu_ms_per_call", alone.PerCall(alone.Press.Process));

        var clerks = r.Halls * r.ClerksPerHall;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {CityBench.Title}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{r.Halls} halls (C01–C{r.Halls:00}, made through 新建大厅, line {CityBench.Line}, counters 1–{r.ClerksPerHall}), {r.ClerksPerHall} clerks each at counters of their own, {r.BoardsPerHall} boards per hall (half on each node); " +
            $"two app nodes in this process over one PostgreSQL database (127.0.0.1) with the Redis backplane; hall i's clerks call on node i mod 2. " +
            $"Each round: every hall issues a ticket per clerk (untimed), then all {clerks} clerks press 叫号 at one instant, timed from the release to each answer and to each board's TicketCalled; all finish (untimed). " +
            $"Baseline, in turns with it: hall C01's {r.ClerksPerHall} clerks alone on the same two nodes and boards. {r.Rounds} rounds of each.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, $"call next, {clerks} clerks of {r.Halls} halls at once", city.Call);
        Row(text, $"call next, one hall's {r.ClerksPerHall} clerks alone (baseline)", alone.Call);
        RatioRow(text, "**ratio city / one hall**", city.Call, alone.Call, bold: true);
        Row(text, $"press → board, {r.Halls} halls at once", city.ToBoards);
        Row(text, "press → board, one hall alone (baseline)", alone.ToBoards);
        RatioRow(text, "ratio city / one hall", city.ToBoards, alone.ToBoards, bold: false);
        text.AppendLine();
        text.AppendLine("| hall | node | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var hall in r.PerHall)
        {
            var l = hall.Call;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {hall.Hall} | {(hall.Node == 0 ? "A" : "B")} | {l.Count} | {Latency.Format(l.P50)} | {Latency.Format(l.P95)} | {Latency.Format(l.P99)} | {Latency.Format(l.Max)} |");
        }

        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "calls completed per second, all halls pressing (rounds' calls / rounds' wall time)", $"**{F(city.CallsPerSecond)} /s** (one hall alone: {F(alone.CallsPerSecond)} /s)");
        Figure(text, "the slowest hall's p95", $"{worst.Hall}: {Latency.Format(worst.Call.P95)} ms");
        Figure(text, "CPU per call, press to last delivery — this process (both nodes, clerks, board clients) / the phase database's PostgreSQL backends / Redis (shared): city; one hall",
            $"{F(city.PerCall(city.Press.Process))} / {F(city.PerCall(city.Press.Database))} / {F(city.PerCall(city.Press.Redis))} ms; {F(alone.PerCall(alone.Press.Process))} / {F(alone.PerCall(alone.Press.Database))} / {F(alone.PerCall(alone.Press.Redis))} ms");
        Figure(text, "CPU per ticket served (issue, call, finish, every delivery), the same three: city; one hall",
            $"{F(city.PerCall(city.Round.Process))} / {F(city.PerCall(city.Round.Database))} / {F(city.PerCall(city.Round.Redis))} ms; {F(alone.PerCall(alone.Round.Process))} / {F(alone.PerCall(alone.Round.Database))} / {F(alone.PerCall(alone.Round.Redis))} ms");
        Figure(text, "queue writes per commit (the halls' group commit; issue, call and finish of both kinds of round, both nodes)", $"{F(r.WritesPerCommit)} ({r.Queue.Writes:N0} writes in {r.Queue.Commits:N0} commits)");
        Figure(text, "memory per board connection (working set / managed heap, client + server side)", $"{F(r.Boards.WorkingSetPerBoardKb)} KB / {F(r.Boards.HeapPerBoardKb)} KB");
        Figure(text, $"deliveries missing after 30 s (city / one hall, of {city.Calls * r.BoardsPerHall:N0} / {alone.Calls * r.BoardsPerHall:N0})", $"{city.Missing} / {alone.Missing}");
        var c = r.Check;
        Figure(text, "check (each clerk called a ticket just issued in its hall; the database has each called once, one ticket.call audit line each; each hall numbered 1, 2, 3 … in order)",
            (c.Ok && r.NumberingFaults == 0 ? "ok" : "**FAILED**") + $": {c.Answered} answers, {c.DistinctAnswered} distinct per hall, {c.CalledInDatabase} called in the database, {c.AuditedCalls} audit lines, {c.NumbersAuditedTwice} numbers called twice, {r.NumberingFaults} numbering faults");
        Figure(text, "GC during the rounds", r.Gc.ToString());
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }
}
