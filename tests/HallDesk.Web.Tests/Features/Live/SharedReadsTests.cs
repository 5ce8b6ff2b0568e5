using System.Threading.Channels;
using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>The manager views of a hall share their reads of today's figures.</summary>
public sealed class SharedReadsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly SharedReads<int> _reads = new();
    private readonly Channel<TaskCompletionSource<int>> _started = Channel.CreateUnbounded<TaskCompletionSource<int>>();

    [Fact]
    public async Task ReadAsync_SeveralAskWhileAReadIsInFlight_TheyShareOneNextRead_StartedAfterIt()
    {
        var first = _reads.ReadAsync("AM", Read);
        var firstRead = await NextStartAsync();
        var later = Enumerable.Range(0, 5).Select(_ => _reads.ReadAsync("AM", Read)).ToList();

        // Nothing else starts while the first read is in flight; another hall's read is not held up by it.
        var otherHall = _reads.ReadAsync("HH", Read);
        (await NextStartAsync()).SetResult(9);
        Assert.Equal(9, await otherHall.WaitAsync(Bound));
        firstRead.SetResult(1);
        Assert.Equal(1, await first.WaitAsync(Bound));
        (await NextStartAsync()).SetResult(2);

        Assert.All(await Task.WhenAll(later).WaitAsync(Bound), n => Assert.Equal(2, n));
        Assert.False(_started.Reader.TryRead(out _));
    }

    [Fact]
    public async Task ReadAsync_TheReadFails_ItsCallersSeeTheError_AndTheNextCallerReadsAgain()
    {
        var failing = _reads.ReadAsync("AM", Read);
        (await NextStartAsync()).SetException(new InvalidOperationException("database away"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Bound));

        var again = _reads.ReadAsync("AM", Read);
        (await NextStartAsync()).SetResult(3);
        Assert.Equal(3, await again.WaitAsync(Bound));
    }

    [Fact]
    public async Task ReadAsync_FirstAskedFromAContextThatNoLongerRuns_TheReadStillServesEveryone()
    {
        // A closed circuit's context: work posted to it never runs.
        static async Task<int> YieldingRead()
        {
            await Task.Yield();
            return 4;
        }

        var previous = SynchronizationContext.Current;
        Task<int> first;
        SynchronizationContext.SetSynchronizationContext(new ClosedContext());
        try
        {
            first = _reads.ReadAsync("AM", YieldingRead);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        Assert.Equal(4, await first.WaitAsync(Bound));
        Assert.Equal(4, await _reads.ReadAsync("AM", YieldingRead).WaitAsync(Bound));
    }

    private Task<int> Read()
    {
        var read = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _started.Writer.TryWrite(read);
        return read.Task;
    }

    private async Task<TaskCompletionSource<int>> NextStartAsync() => await _started.Reader.ReadAsync().AsTask().WaitAsync(Bound);

    private sealed class ClosedContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
