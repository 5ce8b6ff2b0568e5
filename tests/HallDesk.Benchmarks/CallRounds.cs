using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Benchmarks;

/// <summary>What one round of the call benchmark does, per kind.</summary>
public enum CallKind
{
    /// <summary>Issue a ticket, call it through CallNextTicket (timed), finish it: the real path.</summary>
    Full,

    /// <summary>Only the message a call sends boards (its batch: TicketCalled, CounterChanged), straight to the hall's hub group: what SignalR alone costs.</summary>
    Bare,

    /// <summary>The three messages a full round sends boards (issue, call, finish), straight to the hub group: SignalR under the same traffic, no database.</summary>
    BareSameTraffic,
}

/// <summary>One round of each kind: returns the delivery to time and how long the timed step itself took.</summary>
public sealed class CallRounds(BenchApp app, BoardFleet boards, Actor clerk, BoardSnapshot sample)
{
    public const int Counter = 1;

    private readonly IssueTicket _issue = app.Get<IssueTicket>();
    private readonly CallNextTicket _callNext = app.Get<CallNextTicket>();
    private readonly FinishService _finish = app.Get<FinishService>();
    private readonly IQueueClient _group = app.Get<IHubContext<QueueHub, IQueueClient>>().Clients.Group(QueueHub.GroupOf(BenchApp.Hall));
    private int _marker;

    public Task<(Delivery Delivery, double StepMs)> RunAsync(CallKind kind, CancellationToken ct) => kind switch
    {
        CallKind.Full => FullAsync(ct),
        CallKind.Bare => BareAsync(sameTraffic: false),
        _ => BareAsync(sameTraffic: true),
    };

    private async Task<(Delivery, double)> FullAsync(CancellationToken ct)
    {
        var ticket = await _issue.HandleAsync(new IssueTicket.Command(BenchApp.Hall, "A", null, false), clerk, ct);
        var delivery = boards.Expect(ticket.Number);
        delivery.Start = Stopwatch.GetTimestamp();
        var called = await _callNext.HandleAsync(clerk, ct);
        var stepMs = Latency.Milliseconds(delivery.Start, Stopwatch.GetTimestamp());
        if (called != ticket.Number)
        {
            throw new InvalidOperationException($"Counter {Counter} called {called ?? "nobody"} instead of {ticket.Number}.");
        }

        await _finish.HandleAsync(clerk, ct);
        return (delivery, stepMs);
    }

    private async Task<(Delivery, double)> BareAsync(bool sameTraffic)
    {
        // Z is no line of the demo hall, so a marker never collides with a real number.
        var number = $"Z{++_marker:0000}";
        var now = DateTime.UtcNow;
        var counter = sample.Counters[0];
        if (sameTraffic)
        {
            await SendAsync(new TicketIssuedEvent(BenchApp.Hall, number, "A", now, sample.Lines));
        }

        var delivery = boards.Expect(number);
        delivery.Start = Stopwatch.GetTimestamp();
        await SendAsync(
            new TicketCalledEvent(BenchApp.Hall, number, "A", Counter, now, 1, sample.Lines),
            new CounterChangedEvent(BenchApp.Hall, counter with { CurrentTicket = number }));
        var stepMs = Latency.Milliseconds(delivery.Start, Stopwatch.GetTimestamp());
        if (sameTraffic)
        {
            await SendAsync(
                new TicketChangedEvent(BenchApp.Hall, number, "Done", Counter, sample.Lines),
                new CounterChangedEvent(BenchApp.Hall, counter with { CurrentTicket = null }));
        }

        return (delivery, stepMs);
    }

    /// <summary>One commit's events as the notifier sends them: one message.</summary>
    private Task SendAsync(params QueueEvent[] commit) => _group.Events(QueueBatch.Of(commit)!);
}
