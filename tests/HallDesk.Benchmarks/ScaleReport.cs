using System.Globalization;
using System.Text;
using static HallDesk.Benchmarks.Report;

namespace HallDesk.Benchmarks;

/// <summary>The printed sections of the scale phases (issue 8), one per phase, in the style of <see cref="Report"/>.</summary>
public static class ScaleReport
{
    public static string ManyBoards(ManyBoardsBench.Result r)
    {
        var (full, bare, same) = (r.Kinds[CallKind.Full], r.Kinds[CallKind.Bare], r.Kinds[CallKind.BareSameTraffic]);
        Figures.Record($"boards{r.Boards}_p99_ms", full.ToBoards.P99);
        Figures.Record($"boards{r.Boards}_p99_ratio", full.ToBoards.P99 / bare.ToBoards.P99);
        Figures.Record($"join{r.Boards}_s", r.Connect.TotalSeconds);
        Figures.Record($"connect{r.Boards}_bare_s", r.BareConnect.TotalSeconds);
        Figures.Record($"join{r.Boards}_ratio", r.Connect.TotalSeconds / r.BareConnect.TotalSeconds);
        Figures.Record($"boards{r.Boards}_missing", full.Missing + bare.Missing + same.Missing);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Call → board at {r.Boards:N0} boards, one node").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{r.Boards:N0} board connections (SignalR, WebSockets, same process as a fresh app, loopback); {r.Calls} calls at {F(r.Rate)} calls/s on counter {CallRounds.Counter}, the same for each bare kind, kinds taking turns in blocks of {CallLatencyBench.BlockSize}.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, $"call → board, full path (CallNextTicket → hub → {r.Boards:N0} boards)", full.ToBoards);
        Row(text, "call → board, bare hub broadcast of the same message (the call's batch)", bare.ToBoards);
        RatioRow(text, "**ratio full / bare**", full.ToBoards, bare.ToBoards, bold: true);
        Row(text, "call → board, bare broadcast with a full round's three messages", same.ToBoards);
        RatioRow(text, "ratio full / bare with the same traffic", full.ToBoards, same.ToBoards, bold: false);
        Row(text, "CallNextTicket.HandleAsync alone (transaction, commit, publish)", full.Step);
        Row(text, $"hub send of the call's batch to {r.Boards:N0} boards alone (bare)", bare.Step);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "boards connected and joined (16 at a time)", $"{F(r.Connect.TotalSeconds)} s");
        Figure(text, "the same number of bare connections (no JoinHall, no snapshot; the baseline)", $"{F(r.BareConnect.TotalSeconds)} s, ratio {F(r.Connect.TotalSeconds / r.BareConnect.TotalSeconds)}×");
        Figure(text, $"deliveries missing after 30 s (full / bare / same traffic, of {r.Boards * r.Calls:N0} each)", $"{full.Missing} / {bare.Missing} / {same.Missing}");
        Figure(text, "call rate achieved (full / bare / same traffic)", $"{F(full.AchievedRate)} / {F(bare.AchievedRate)} / {F(same.AchievedRate)} rounds/s");
        Figure(text, "GC during the call rounds (full / bare / same traffic)", $"{full.Gc} / {bare.Gc} / {same.Gc}");
        Figure(text, "memory per board connection (working set / managed heap, client + server side)", $"{F(r.Memory.WorkingSetPerBoardKb)} KB / {F(r.Memory.HeapPerBoardKb)} KB");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    public static string Screens(StaffScreensBench.Result r)
    {
        var (none, screens) = (r.None, r.Screens);
        Figures.Record($"screens{r.Consoles + r.Managers}_p50_ratio", screens.Step.P50 / none.Step.P50);
        Figures.Record($"screens{r.Consoles + r.Managers}_p95_ratio", screens.Step.P95 / none.Step.P95);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## 叫号 with the hall's staff screens open").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{r.Consoles + r.Managers} screens subscribed to the hall ({r.Consoles} clerk consoles at counters of their own, {r.Managers} manager views), doing what the pages do on each event but render; rounds of issue → call (timed) → finish at {F(r.Rate)} rounds/s on counter {CallRounds.Counter}, with and without the screens in turns of {StaffScreensBench.BlockSize}.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, "CallNextTicket.HandleAsync alone, no staff screen subscribed", none.Step);
        Row(text, $"CallNextTicket.HandleAsync alone, {r.Consoles + r.Managers} staff screens subscribed", screens.Step);
        RatioRow(text, $"**ratio {r.Consoles + r.Managers} screens / none**", screens.Step, none.Step, bold: true);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "reloads the screens ran per round (three commits: issue, call, finish; manager views of a hall share their database reads)", $"{F((double)screens.Reads / screens.Rounds)} ({screens.Reads} in {screens.Rounds} rounds)");
        Figure(text, "batches the screens handled per round", F((double)screens.Batches / screens.Rounds));
        Figure(text, "round rate achieved (none / screens)", $"{F(none.AchievedRate)} / {F(screens.AchievedRate)} rounds/s");
        Figure(text, "GC during the rounds (none / screens)", $"{none.Gc} / {screens.Gc}");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    public static string Clerks(ClerkContentionBench.Result r)
    {
        var last = ClerkContentionBench.FirstCounter + r.Clerks - 1;
        Figures.Record($"clerks{r.Clerks}_p50_ms", r.Contended.P50);
        Figures.Record($"clerks{r.Clerks}_p95_ms", r.Contended.P95);
        Figures.Record($"clerks{r.Clerks}_p99_ms", r.Contended.P99);
        Figures.Record($"clerks{r.Clerks}_calls_per_s", r.CallsPerSecond);
        Figures.Record($"clerks{r.Clerks}_ratio_p95", r.Contended.P95 / r.Alone.P95);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {r.Clerks} clerks calling at once").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{r.Clerks} clerk accounts, each with an open counter of its own ({ClerkContentionBench.FirstCounter}–{last}, hall {BenchApp.Hall}, line {ClerkContentionBench.Line} only), on a fresh app with no board connected. " +
            $"Each round: {r.Clerks + ClerkContentionBench.AloneCallsPerRound} tickets issued on line {ClerkContentionBench.Line}, then every clerk presses 叫号 (CallNextTicket) at the same instant (one barrier released), timed from the release to each answer; " +
            $"then all finish (untimed) and counter {ClerkContentionBench.FirstCounter} calls {ClerkContentionBench.AloneCallsPerRound} times alone (the baseline). " +
            $"{r.WarmUpRounds} untimed rounds first, until a round left the JIT all but idle; then {r.Rounds.Count} timed rounds.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, $"call next, {r.Clerks} clerks at once", r.Contended);
        Row(text, "call next, one clerk alone", r.Alone);
        RatioRow(text, "**ratio at once / alone**", r.Contended, r.Alone, bold: true);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "calls completed per second while all press (rounds' calls / rounds' wall time)", $"**{F(r.CallsPerSecond)} /s**");
        foreach (var (round, i) in r.Rounds.Select((x, i) => (x, i + 1)))
        {
            Figure(text, $"round {i}: clerks → tickets called, distinct, numbers, wall time",
                $"{round.Clerks} → {round.Answered}, {round.Distinct} distinct, {round.First}–{round.Last}, {round.Wall.TotalMilliseconds:0} ms");
        }

        var c = r.Check;
        Figure(text, "check (every answer distinct; the database has each called once, one ticket.call audit line each)",
            (c.Ok ? "ok" : "**FAILED**") + $": {c.Answered} answers, {c.DistinctAnswered} distinct, {c.CalledInDatabase} called in the database, {c.AuditedCalls} audit lines, {c.NumbersAuditedTwice} numbers called twice");
        Figure(text, "GC during the rounds", r.Gc.ToString());
        Figure(text, "methods the JIT compiled during the timed presses", r.Jitted.ToString(CultureInfo.InvariantCulture));
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    public static string Storm(ReconnectStormBench.Result r)
    {
        Figures.Record("storm_ratio", r.Storm.Max / r.Cold.Max);
        Figures.Record("storm_all_back_ms", r.Storm.Max);
        Figures.Record("start_to_health_ms", r.Answering.TotalMilliseconds - r.Stopped.TotalMilliseconds);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Reconnect storm: restart under {r.Boards} boards").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"The app as its own process ({(r.Published is null ? "the build's HallDesk.Web.dll" : $"the published HallDesk.Web.dll of {r.Published}")} over a fresh SQLite file); {r.Boards} boards in the benchmark process (SignalR .NET client, WebSockets) " +
            $"that reconnect every 500–750 ms and call JoinHall again on Reconnected. Restart: SIGTERM, wait for the exit, a new process on the same port and file. " +
            $"Baseline: the same boards connecting all at once to the running app from cold.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | all back (max) ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, "restart: from the stop to each board's snapshot", r.Storm);
        Row(text, "baseline: connect from cold on a running app to each board's snapshot", r.Cold);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **ratio restart / cold** | | {Ratio(r.Storm.P50, r.Cold.P50)} | {Ratio(r.Storm.P95, r.Cold.P95)} | {Ratio(r.Storm.P99, r.Cold.P99)} | **{Ratio(r.Storm.Max, r.Cold.Max)}** |");
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "old process gone (graceful stop)", $"{r.Stopped.TotalMilliseconds:0} ms after the stop");
        Figure(text, "new process answering /health", $"{r.Answering.TotalMilliseconds:0} ms after the stop");
        Figure(text, "every board back with a snapshot", $"**{Latency.Format(r.Storm.Max)} ms** after the stop ({Latency.Format(r.Storm.Max - r.Answering.TotalMilliseconds)} ms after /health)");
        Figure(text, "boards missing after 2 min / connected at the end", $"{r.Missing} / {r.ConnectedAtEnd} of {r.Boards}");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    public static string Circuits(CircuitMemoryBench.Result r)
    {
        Figures.Record("circuit_kb", r.Kiosks[^1].HeapPerPageKb);
        Figures.Record("board_page_kb", r.Boards[^1].HeapPerPageKb);
        var text = new StringBuilder();
        text.AppendLine("## Server memory per interactive circuit").AppendLine();
        text.AppendLine(
            $"Headless Chromium ({CircuitMemoryBench.ChromiumPath}, Playwright), each page in a browser context of its own, opened one at a time against a fresh app in this process; " +
            "Chromium is its own process, so the memory is the server's. Measured after full collections, as the growth over the count before the first page of each kind, per page. " +
            $"Kiosk /kiosk/{BenchApp.Hall}: an interactive Blazor Server circuit (MudBlazor), ready when it marks itself interactive. " +
            $"Baseline, board /board/{BenchApp.Hall}: static HTML and one SignalR connection to the queue hub, ready when its snapshot is drawn.");
        text.AppendLine();
        text.AppendLine("| pages open | kiosk circuit: heap KB / page | board: heap KB / page | **ratio heap** | kiosk: working set KB / page | board: working set KB / page | ratio working set |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (kiosk, board) in r.Kiosks.Zip(r.Boards))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {kiosk.Pages} | {F(kiosk.HeapPerPageKb)} | {F(board.HeapPerPageKb)} | **{Ratio(kiosk.HeapPerPageKb, board.HeapPerPageKb)}** | {F(kiosk.WorkingSetPerPageKb)} | {F(board.WorkingSetPerPageKb)} | {Ratio(kiosk.WorkingSetPerPageKb, board.WorkingSetPerPageKb)} |");
        }

        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "control: about:blank pages measured the same way (Playwright's own objects), heap / working set per page at the largest step",
            $"{F(r.Blank[^1].HeapPerPageKb)} KB / {F(r.Blank[^1].WorkingSetPerPageKb)} KB");
        Figure(text, "page opened to ready, one at a time: kiosk p50 / p95, board p50 / p95", $"{Latency.Format(r.KioskOpen.P50)} / {Latency.Format(r.KioskOpen.P95)} ms, {Latency.Format(r.BoardOpen.P50)} / {Latency.Format(r.BoardOpen.P95)} ms");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    /// <summary>A phase that could not run here, with what it needs.</summary>
    public static string Skipped(string title, string needs) => $"## {title}\n\nSkipped: {needs}.\n";
}
