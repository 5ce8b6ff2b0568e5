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
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Call → board at {r.Boards:N0} boards, one node").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{r.Boards:N0} board connections (SignalR, WebSockets, same process as a fresh app, loopback); {r.Calls} calls at {F(r.Rate)} calls/s on counter {CallRounds.Counter}, the same for each bare kind, kinds taking turns in blocks of {CallLatencyBench.BlockSize}.");
        text.AppendLine();
        text.AppendLine("| measurement | n | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row(text, $"call → board, full path (CallNextTicket → hub → {r.Boards:N0} boards)", full.ToBoards);
        Row(text, "call → board, bare hub broadcast of the same TicketCalled", bare.ToBoards);
        RatioRow(text, "**ratio full / bare**", full.ToBoards, bare.ToBoards, bold: true);
        Row(text, "call → board, bare broadcast with a full round's five events", same.ToBoards);
        RatioRow(text, "ratio full / bare with the same traffic", full.ToBoards, same.ToBoards, bold: false);
        Row(text, "CallNextTicket.HandleAsync alone (transaction, commit, publish)", full.Step);
        Row(text, $"hub send of TicketCalled to {r.Boards:N0} boards alone (bare)", bare.Step);
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("| --- | ---: |");
        Figure(text, "boards connected and joined (16 at a time)", $"{F(r.Connect.TotalSeconds)} s");
        Figure(text, $"deliveries missing after 30 s (full / bare / same traffic, of {r.Boards * r.Calls:N0} each)", $"{full.Missing} / {bare.Missing} / {same.Missing}");
        Figure(text, "call rate achieved (full / bare / same traffic)", $"{F(full.AchievedRate)} / {F(bare.AchievedRate)} / {F(same.AchievedRate)} rounds/s");
        Figure(text, "GC during the call rounds (full / bare / same traffic)", $"{full.Gc} / {bare.Gc} / {same.Gc}");
        Figure(text, "memory per board connection (working set / managed heap, client + server side)", $"{F(r.Memory.WorkingSetPerBoardKb)} KB / {F(r.Memory.HeapPerBoardKb)} KB");
        Figure(text, "load average at the end (1 / 5 / 15 min)", LoadAverage());
        return text.ToString();
    }
}
