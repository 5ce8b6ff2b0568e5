using System.Runtime;

namespace HallDesk.Benchmarks;

/// <summary>
/// Untimed actions until the JIT is done with their code. A fresh app in a process that ran others before it still
/// compiles: EF Core builds its model and its queries' delegates again for each app's services, and tiered
/// compilation recompiles every method called 30 times, on a thread of its own, a while after. Measured after 20
/// untimed actions, that thread took 40–50 % of the process's CPU over a busy-day window of 200 actions on this 2-core
/// machine, so the CPU per action of a day said more about the JIT than about the day.
/// </summary>
public static class JitSettled
{
    /// <summary>Runs <paramref name="act"/> (given the action's index) in batches until a batch leaves the JIT all but idle.</summary>
    /// <returns>How many actions ran: a multiple of <paramref name="batch"/>, at most <paramref name="most"/>.</returns>
    public static async Task<int> WarmUpAsync(Func<int, Task> act, int batch, int most, int quiet = 5)
    {
        var done = 0;
        while (done < most)
        {
            var before = JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < batch; i++)
            {
                await act(done + i);
            }

            done += batch;
            await DrainAsync();
            if (JitInfo.GetCompiledMethodCount() - before <= quiet)
            {
                break;
            }
        }

        return done;
    }

    /// <summary>
    /// Waits, idle, until the JIT's background recompilation stands still (the count unchanged for 300 ms; at most 30 s):
    /// a batch's methods queued for their second compilation are compiled now, not during the timed actions.
    /// </summary>
    public static async Task DrainAsync()
    {
        var still = 0;
        var last = JitInfo.GetCompiledMethodCount();
        for (var waited = 0; waited < 300 && still < 3; waited++)
        {
            await Task.Delay(100);
            var now = JitInfo.GetCompiledMethodCount();
            still = now == last ? still + 1 : 0;
            last = now;
        }
    }

    /// <summary>Methods compiled so far in this process, by every thread.</summary>
    public static long Compiled => JitInfo.GetCompiledMethodCount();
}
