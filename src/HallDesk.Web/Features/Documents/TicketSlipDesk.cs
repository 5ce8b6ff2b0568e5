namespace HallDesk.Web.Features.Documents;

/// <summary>
/// The app's <see cref="ITicketSlips"/>: hands each slip to the archive at once, except while held. The demo history
/// issues hundreds of tickets in a row that nobody is standing at a kiosk for; it holds the slips and releases them
/// when it ends, so they are drawn on every core and stored together instead of one commit each.
/// </summary>
public sealed class TicketSlipDesk(DocumentArchive archive) : ITicketSlips
{
    private readonly Lock _lock = new();
    private List<SlipOrder>? _held;

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

    /// <summary>From now on slips are kept until <see cref="ReleaseAsync"/>.</summary>
    public void Hold()
    {
        lock (_lock)
        {
            _held ??= [];
        }
    }

    /// <summary>Archives the slips kept since <see cref="Hold"/> and hands new ones to the archive at once again.</summary>
    /// <returns>How many slips were archived.</returns>
    public async Task<int> ReleaseAsync(CancellationToken ct)
    {
        List<SlipOrder>? held;
        lock (_lock)
        {
            (held, _held) = (_held, null);
        }

        if (held is not { Count: > 0 })
        {
            return 0;
        }

        await archive.ArchiveAllAsync(held, ct);
        return held.Count;
    }
}
