using HallDesk.Domain;
using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Demo;

/// <summary>
/// The steps of the demo history in the order of their time: each runs with the app's clock sent back to it. A step
/// that a rule refuses (the queue went another way than planned) is skipped and counted, as a clerk would move on.
/// </summary>
/// <param name="stepEnded">Called after each step, written or skipped (the documents it asked for can be drawn).</param>
internal sealed class DemoTimeline(HistoryClock clock, DateTime endUtc, Action? stepEnded = null)
{
    private readonly PriorityQueue<Func<Task>, (DateTime At, long Seq)> _steps = new();
    private long _seq;

    public int Ran { get; private set; }

    public int Skipped { get; private set; }

    public DateTime EndUtc => endUtc;

    public void At(DateTime utc, Func<Task> step)
    {
        if (utc < endUtc)
        {
            _steps.Enqueue(step, (utc, _seq++));
        }
    }

    public async Task RunAsync()
    {
        try
        {
            while (_steps.TryDequeue(out var step, out var when))
            {
                clock.Travel(new DateTimeOffset(when.At, TimeSpan.Zero));
                try
                {
                    await step();
                    Ran++;
                }
                catch (Exception e) when (e is DomainException or InputException or NotFoundException or FieldErrorsException)
                {
                    Skipped++;
                }
                finally
                {
                    stepEnded?.Invoke();
                }
            }
        }
        finally
        {
            clock.Return();
        }
    }
}
