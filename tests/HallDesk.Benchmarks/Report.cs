using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;

namespace HallDesk.Benchmarks;

/// <summary>The printed report: machine, parameters, and a Markdown table for the README.</summary>
public static class Report
{
    public sealed record Memory(long WorkingSetBefore, long WorkingSetAfter, long HeapBefore, long HeapAfter, int Boards)
    {
        public double WorkingSetPerBoardKb => (WorkingSetAfter - WorkingSetBefore) / 1024.0 / Boards;

        public double HeapPerBoardKb => (HeapAfter - HeapBefore) / 1024.0 / Boards;
    }

    public static string Machine() =>
        $"""
        ## Machine

        - CPU: {CpuModel()}, {Environment.ProcessorCount} logical cores
        - OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})
        - .NET: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC
        - Database: SQLite file in WAL mode, synchronous=FULL (the app's settings), on {Path.GetTempPath()}
        - Load average at the start (1 / 5 / 15 min): {LoadAverage()}
        """;

    public static string Parameters(BenchOptions o) =>
        $"""
        ## Parameters

        - {o.Boards} board connections (SignalR, WebSockets, same process as the app, loopback)
        - {o.Calls} calls at {F(o.Rate)} calls/s on counter {CallRounds.Counter} after {o.WarmupRounds} untimed warm-up rounds; the same for each bare kind; kinds take turns in blocks of {CallLatencyBench.BlockSize}
        - ticket issue: {o.Workers} concurrent HTTP workers for {o.Seconds} s, line {IssueThroughputBench.Line}, with the boards still connected (each ticket is broadcast to them){(o.Quick ? "\n- quick run (--quick): smoke-sized, not for the README" : "")}
        """;

    public static string Results(
        BenchOptions o,
        IReadOnlyDictionary<CallKind, CallLatencyBench.Result> calls,
        IssueThroughputBench.Result issue,
        Memory memory)
    {
        var (full, bare, same) = (calls[CallKind.Full], calls[CallKind.Bare], calls[CallKind.BareSameTraffic]);
        Figures.Record($"boards{o.Boards}_p50_ms", full.ToBoards.P50);
        Figures.Record($"boards{o.Boards}_p99_ms", full.ToBoards.P99);
        Figures.Record($"boards{o.Boards}_p99_ratio", full.ToBoards.P99 / bare.ToBoards.P99);
        Figures.Record("call_step_p50_ms", full.Step.P50);
        Figures.Record("issue_sqlite_per_s", issue.PerSecond);
        Figures.Record("issue_http_p50_ms", issue.Latency.P50);
        Figures.Record("deliveries_missing", full.Missing + bare.Missing + same.Missing);
        var text = new StringBuilder();
        text.AppendLine("## Results").AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, $"call → board, full path (CallNextTicket → hub → {o.Boards} boards)", full.ToBoards);
        Row(text, "call → board, bare hub broadcast of the same message (the call's batch)", bare.ToBoards);
        RatioRow(text, "**ratio full / bare**", full.ToBoards, bare.ToBoards, bold: true);
        Row(text, "call → board, bare broadcast with a full round's three messages", same.ToBoards);
        RatioRow(text, "ratio full / bare with the same traffic", full.ToBoards, same.ToBoards, bold: false);
        Row(text, "CallNextTicket.HandleAsync alone (transaction, commit, publish)", full.Step);
        Row(text, $"hub send of the call's batch to {o.Boards} boards alone (bare)", bare.Step);
        Row(text, $"POST /api/v1/halls/AM/tickets, {issue.Workers} workers", issue.Latency);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "tickets issued over HTTP", $"**{F(issue.PerSecond)} /s** ({issue.Created} in {F(issue.Elapsed.TotalSeconds)} s)");
        Figure(text, "non-201 answers", $"{issue.NonCreated}{Refusals(issue)}");
        Figure(text, "numbering check (line B: tickets = 201s = highest number, no repeats)", Check(issue.Check));
        Figure(text, $"deliveries missing after 30 s (full / bare / same traffic, of {o.Boards * o.Calls} each)", $"{full.Missing} / {bare.Missing} / {same.Missing}");
        Figure(text, "call rate achieved (full / bare / same traffic)", $"{F(full.AchievedRate)} / {F(bare.AchievedRate)} / {F(same.AchievedRate)} rounds/s");
        Figure(text, "GC during the call rounds (full / bare / same traffic)", $"{full.Gc} / {bare.Gc} / {same.Gc}");
        Figure(text, "memory per board connection (working set / managed heap, client + server side)", $"{F(memory.WorkingSetPerBoardKb)} KB / {F(memory.HeapPerBoardKb)} KB");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }

    internal static void Figure(StringBuilder text, string name, string value) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");

    internal static void RatioRow(StringBuilder text, string name, Latency full, Latency bare, bool bold)
    {
        var mark = bold ? "**" : "";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | | {mark}{Ratio(full.P50, bare.P50)}{mark} | {mark}{Ratio(full.P95, bare.P95)}{mark} | {mark}{Ratio(full.P99, bare.P99)}{mark} | |");
    }

    internal static void Row(StringBuilder text, string name, Latency l) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {l.Count} | {Latency.Format(l.P50)} | {Latency.Format(l.P95)} | {Latency.Format(l.P99)} | {Latency.Format(l.Max)} |");

    internal static string Ratio(double full, double bare) =>
        bare > 0 ? (full / bare).ToString("0.0", CultureInfo.InvariantCulture) + "×" : "–";

    private static string Refusals(IssueThroughputBench.Result issue) =>
        issue.NonCreated == 0 ? "" : " (" + string.Join(", ", issue.Refused.Select(r => $"{(int)r.Key}: {r.Value}")) + ")";

    private static string Check(IssueThroughputBench.Verification v) =>
        (v.Ok ? "ok" : "**FAILED**") + $": {v.Tickets} tickets, highest B{v.HighestSequence:000}, {v.DistinctNumbers} distinct, {v.Answered} answered";

    internal static string F(double value) => value.ToString(value < 10 ? "0.0#" : "0", CultureInfo.InvariantCulture);

    /// <summary>Other work on the machine skews every figure; the load average says how much there was.</summary>
    internal static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(" / ", File.ReadAllText(loadavg).Split(' ').Take(3)) : "unknown";
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var model = File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    public static string Receipts(ReceiptBench.Result r)
    {
        Figures.Record("receipt_p50_ms", r.Receipt.P50);
        Figures.Record("receipt_ratio", r.Receipt.P50 / r.Bare.P50);
        Figures.Record("receipts_per_s", r.ReceiptsPerSecond);
        Figures.Record("receipts_per_s_1thread", r.ReceiptsPerSecondOneThread);
        Figures.Record("receipt_alloc_kb", r.BytesAllocatedPerReceipt / 1024.0);
        return string.Join(Environment.NewLine,
            "| documents | n | p50 ms | p95 ms | p99 ms | max ms |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
            $"| 受理通知书, A4 ({r.ReceiptSize / 1024} KB, {r.Pages} page(s)) | {r.Receipt.Count} | {Latency.Format(r.Receipt.P50)} | {Latency.Format(r.Receipt.P95)} | {Latency.Format(r.Receipt.P99)} | {Latency.Format(r.Receipt.Max)} |",
            $"| bare PDFsharp page, one line of Chinese, same font | {r.Bare.Count} | {Latency.Format(r.Bare.P50)} | {Latency.Format(r.Bare.P95)} | {Latency.Format(r.Bare.P99)} | {Latency.Format(r.Bare.Max)} |",
            $"| **ratio receipt / bare** | | **{r.Receipt.P50 / r.Bare.P50:0.0}×** | {r.Receipt.P95 / r.Bare.P95:0.0}× | | |",
            "",
            $"Receipts per second on {r.Threads} threads: **{r.ReceiptsPerSecond:0}** (one thread: {r.ReceiptsPerSecondOneThread:0}); allocated per receipt: {r.BytesAllocatedPerReceipt / 1024} KB.");
    }

    public static string MonthReport(ReportBench.Result r)
    {
        Figures.Record("report_month_tickets", r.Tickets);
        Figures.Record("report_month_p50_ms", r.Report.P50);
        Figures.Record("report_month_ratio", r.Report.P50 / r.Count.P50);
        // The issue's names: the month's size in thousands of tickets (90k in a full run).
        var size = string.Create(CultureInfo.InvariantCulture, $"report{r.Tickets / 1000}k");
        Figures.Record($"{size}_p50_ms", r.Report.P50);
        Figures.Record($"{size}_p95_ms", r.Report.P95);
        Figures.Record($"{size}_ratio", r.Report.P50 / r.Count.P50);
        Figures.Record("report_count_p50_ms", r.Count.P50);
        return string.Join(Environment.NewLine,
            "| manager report, one month by day and line | n | p50 ms | p95 ms | max ms |",
            "| --- | ---: | ---: | ---: | ---: |",
            $"| report over {r.Tickets:N0} tickets (ReportQueries.LoadAsync) | {r.Report.Count} | {Latency.Format(r.Report.P50)} | {Latency.Format(r.Report.P95)} | {Latency.Format(r.Report.Max)} |",
            $"| COUNT(*) over the same tickets (baseline) | {r.Count.Count} | {Latency.Format(r.Count.P50)} | {Latency.Format(r.Count.P95)} | {Latency.Format(r.Count.Max)} |",
            $"| **ratio report / count** | | **{r.Report.P50 / r.Count.P50:0}×** | | |");
    }
}
