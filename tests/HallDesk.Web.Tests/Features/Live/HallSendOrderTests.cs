using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>
/// Issue 13: "50 connections flooding JoinHall('AM') pushed ticket-issue latency from 13 ms to 116 ms" and "20,000 JoinHall
/// calls with unknown halls … left a lock object behind". Joins take turns with sends, not with each other.
/// </summary>
public sealed class HallSendOrderTests
{
    private readonly HallSendOrder _order = new();

    [Fact]
    public async Task Joins_GoInTogether()
    {
        using var first = await _order.JoinAsync("AM");
        var second = _order.JoinAsync("AM");

        Assert.True(second.IsCompletedSuccessfully, "a join must not wait for another join");
        (await second).Dispose();
    }

    [Fact]
    public async Task Send_WaitsForTheJoinsInside_ButJoinsArrivingAfterItWaitForTheSend()
    {
        var inside = await _order.JoinAsync("AM");
        var send = _order.EnterAsync("AM");
        var later = _order.JoinAsync("AM");

        Assert.False(send.IsCompleted, "a send must not overlap a join's snapshot");
        Assert.False(later.IsCompleted, "a join that comes after a waiting send goes after it, or a flood of joins starves the send");

        inside.Dispose();
        var sending = await send.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(later.IsCompleted);
        sending.Dispose();
        (await later.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task JoinsInsideTogether_ShareOneSnapshotRead()
    {
        var reads = 0;
        var snapshot = new TaskCompletionSource<string>();
        Task<string> Read()
        {
            Interlocked.Increment(ref reads);
            return snapshot.Task;
        }

        using var first = await _order.JoinAsync("AM");
        using var second = await _order.JoinAsync("AM");
        var a = first.ShareAsync(Read);
        var b = second.ShareAsync(Read);
        snapshot.SetResult("snapshot");

        Assert.Equal(("snapshot", "snapshot"), (await a, await b));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task FinishedRead_ServesLaterJoins_UntilASendComesBetween()
    {
        var reads = 0;
        Task<int> Read() => Task.FromResult(Interlocked.Increment(ref reads));

        using (var first = await _order.JoinAsync("AM"))
        {
            Assert.Equal(1, await first.ShareAsync(Read));
        }

        using (var second = await _order.JoinAsync("AM"))
        {
            Assert.Equal(1, await second.ShareAsync(Read));
        }

        (await _order.EnterAsync("AM")).Dispose();
        using var afterSend = await _order.JoinAsync("AM");

        Assert.Equal(2, await afterSend.ShareAsync(Read));
    }

    [Fact]
    public async Task AfterTheTurnsEnd_NoHallIsKept_EvenWhenAWaiterGaveUp()
    {
        var send = await _order.EnterAsync("NOPE");
        using var cancel = new CancellationTokenSource();
        var waiting = _order.JoinAsync("NOPE", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        send.Dispose();
        (await _order.JoinAsync("XX1")).Dispose();

        Assert.False(_order.Keeps("NOPE"));
        Assert.False(_order.Keeps("XX1"));
    }
}
