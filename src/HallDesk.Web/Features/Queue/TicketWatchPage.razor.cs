using HallDesk.Web.Features.Live;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// /t/{token}: re-reads the ticket whenever its hall's queue moves (the in-process <see cref="QueueNotifier"/>, one
/// subscription), at most one read at a time: a batch that arrives during a read asks for one more.
/// </summary>
public sealed partial class TicketWatchPage : IDisposable
{
    private TicketWatchView? _view;
    private bool _loaded;
    private IDisposable? _subscription;
    private int _reading;
    private bool _again;

    [Parameter] public string Token { get; set; } = "";

    [Inject] private TicketWatchQuery Query { get; set; } = default!;
    [Inject] private QueueNotifier Notifier { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _view = await Query.FindAsync(Token);
        _loaded = true;
        if (_view is not null)
        {
            _subscription = Notifier.Subscribe(_view.Hall, _ => InvokeAsync(RefreshAsync));
        }
    }

    private async Task RefreshAsync()
    {
        if (Interlocked.Exchange(ref _reading, 1) == 1)
        {
            _again = true;
            return;
        }

        try
        {
            do
            {
                _again = false;
                _view = await Query.FindAsync(Token) ?? _view;
                StateHasChanged();
            }
            while (_again);
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
        finally
        {
            _reading = 0;
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
