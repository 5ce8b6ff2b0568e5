using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using HallDesk.Web.Localization;
using System.Globalization;

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
    private bool _moving;
    private bool _moved;
    private DateOnly? _moveDay;
    private IReadOnlyList<SlotView>? _moveSlots;
    private string? _moveSlot;

    [Parameter, EditorRequired] public IReadOnlyList<BookableHall> Halls { get; set; } = [];

    /// <summary>The reminder SMS links <c>/appointments?code=…</c>: the booking is looked up at once.</summary>
    [Parameter] public string? InitialCode { get; set; }

    [Inject] private AppointmentQueries Queries { get; set; } = default!;
    [Inject] private CancelAppointment Cancel { get; set; } = default!;
    [Inject] private RescheduleAppointment Reschedule { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!string.IsNullOrWhiteSpace(InitialCode))
        {
            _code = InitialCode.Trim();
            await FindAsync();
        }
    }

    /// <summary>The bookable days of the booking's hall, as the booking form offers them.</summary>
    private IReadOnlyList<ChoiceGroup.Choice> MoveDays =>
        Halls.FirstOrDefault(h => h.Code == _found?.Hall)?.Days
            .Select(d => new ChoiceGroup.Choice(Iso(d), d.ToString(L["Book.DayFormat"], CultureInfo.CurrentCulture), L["Weekday." + d.DayOfWeek]))
            .ToList() ?? [];

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void StartMoving()
    {
        _moving = true;
        _confirming = false;
        _moved = false;
        _moveDay = null;
        _moveSlots = null;
        _moveSlot = null;
        _error = null;
    }

    private async Task ChooseMoveDayAsync(string iso)
    {
        if (_found is null)
        {
            return;
        }

        _moveDay = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _moveSlot = null;
        try
        {
            _moveSlots = await Queries.SlotsAsync(_found.Hall, _found.Line, iso);
        }
        catch (InputException ex)
        {
            _moveSlots = null;
            _error = Texts.Of(ex);
        }
    }

    private async Task MoveAsync()
    {
        if (_busy || _found is null || _moveDay is null || _moveSlot is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            _found = await Reschedule.HandleAsync(new RescheduleAppointment.Command(_found.Code, Iso(_moveDay.Value), _moveSlot), Actor.Anonymous(Address?.Value, "web"));
            _moved = true;
            _moving = false;
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException or InputException)
        {
            // The slot filled meanwhile, or the booking changed: say why, and show the day's places as they are now.
            _error = Texts.Of(ex);
            _found = await Queries.FindAsync(_found.Code);
            if (_found is not null && _moveDay is { } day)
            {
                _moveSlots = await Queries.SlotsAsync(_found.Hall, _found.Line, Iso(day));
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task FindAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _confirming = false;
        _cancelled = false;
        _moving = false;
        _moved = false;
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
