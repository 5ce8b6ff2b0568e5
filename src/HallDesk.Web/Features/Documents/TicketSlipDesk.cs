namespace HallDesk.Web.Features.Documents;

/// <summary>
/// The app's <see cref="ITicketSlips"/>: hands each slip to the archive at once, except while held. The demo history
/// issues hundreds of tickets in a row that nobody is standing at a kiosk for; it holds the slips and releases them
/// when it ends, so they are drawn on every core and stored together instead of one commit each.
/// </summary>
public sealed class TicketSlipDesk(DocumentArchive archive) : ITicketSlips
{
    private readonly Lock _lock = new();
    private HeldDrawings<SlipOrder, RenderedPdf>? _held;

    public Task ArchiveAsync(SlipOrder slip, CancellationToken ct)
    {
        lock (_lock)
        {
            if (_held is { } held)
            {
                held.Add(slip);
                return Task.CompletedTask;
            }
        }

        return archive.ArchiveAsync(slip, ct);
    }

    /// <summary>From now on slips are kept until <see cref="ReleaseAsync"/>, each drawn once its step has ended (<see cref="StepEnded"/>).</summary>
    public void Hold()
    {
        lock (_lock)
        {
            _held ??= new HeldDrawings<SlipOrder, RenderedPdf>(archive.RenderSlip);
        }
    }

    /// <summary>A step of the held stretch has ended: its slips can be drawn.</summary>
    public void StepEnded()
    {
        lock (_lock)
        {
            _held?.StepEnded();
        }
    }

    /// <summary>Archives the slips kept since <see cref="Hold"/> and hands new ones to the archive at once again.</summary>
    /// <returns>How many slips were archived.</returns>
    public async Task<int> ReleaseAsync(CancellationToken ct)
    {
        HeldDrawings<SlipOrder, RenderedPdf>? held;
        lock (_lock)
        {
            (held, _held) = (_held, null);
        }

        if (held is null)
        {
            return 0;
        }

        var slips = await held.FinishAsync();
        await archive.StoreSlipsAsync(slips, ct);
        return slips.Count;
    }
}
