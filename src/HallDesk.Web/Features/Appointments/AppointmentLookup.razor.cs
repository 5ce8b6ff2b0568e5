using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Appointments;

/// <summary>查询 / 取消预约 by the appointment code; what is shown is <see cref="AppointmentView"/>, masked.</summary>
public partial class AppointmentLookup
{
    private string _code = "";
    private AppointmentView? _found;
    private string? _error;
    private bool _confirming;
    private bool _cancelled;
    private bool _busy;

    [Parameter, EditorRequired] public IReadOnlyList<BookableHall> Halls { get; set; } = [];

    [Inject] private AppointmentQueries Queries { get; set; } = default!;
    [Inject] private CancelAppointment Cancel { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    private async Task FindAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _confirming = false;
        _cancelled = false;
        try
        {
            _found = await Queries.FindAsync(_code);
            _error = _found is null ? Texts.Error(AppointmentQueries.UnknownCode) : null;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CancelAsync()
    {
        if (_busy || _found is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            _found = await Cancel.HandleAsync(_found.Code, Actor.Anonymous(Address?.Value, "web"));
            _cancelled = true;
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException)
        {
            // Cancelled elsewhere meanwhile, or the slot has begun: say why and show it as it is now.
            _error = Texts.Of(ex);
            _found = await Queries.FindAsync(_found.Code);
        }
        finally
        {
            _confirming = false;
            _busy = false;
        }
    }
}
