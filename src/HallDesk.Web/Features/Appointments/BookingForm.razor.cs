using System.Globalization;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// Booking: hall → line → day → slot → the person, then <see cref="BookAppointment"/>. Every check is the use case's;
/// the form only shows its answers next to the fields they name.
/// </summary>
public partial class BookingForm
{
    private BookableHall? _hall;
    private BookableHall.Line? _line;
    private DateOnly? _day;
    private IReadOnlyList<SlotView>? _slots;
    private string? _slot;
    private string _name = "";
    private string _idNumber = "";
    private string _phone = "";
    private string? _code;
    private Dictionary<string, string> _errors = [];
    private string? _error;
    private bool _busy;
    private AppointmentView? _booked;

    [Parameter, EditorRequired] public IReadOnlyList<BookableHall> Halls { get; set; } = [];

    /// <summary>A hall code from the link that led here; otherwise a single hall is chosen for the citizen.</summary>
    [Parameter] public string? InitialHall { get; set; }

    [Inject] private BookAppointment Book { get; set; } = default!;
    [Inject] private AppointmentQueries Queries { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    private IReadOnlyList<ChoiceGroup.Choice> HallChoices => Halls.Select(h => new ChoiceGroup.Choice(h.Code, h.Name)).ToList();

    private IReadOnlyList<ChoiceGroup.Choice> LineChoices =>
        _hall?.Lines.Select(l => new ChoiceGroup.Choice(l.Code, $"{l.Code} · {l.Name}")).ToList() ?? [];

    private IReadOnlyList<ChoiceGroup.Choice> DayChoices =>
        _hall?.Days.Select(d => new ChoiceGroup.Choice(Iso(d), d.ToString(L["Book.DayFormat"], CultureInfo.CurrentCulture), L["Weekday." + d.DayOfWeek])).ToList() ?? [];

    /// <summary>Under the submit button: the use case's refusal, or a pointer to the fields marked above (which may be off screen).</summary>
    private string? Message => _error ?? (_errors.Count > 0 ? L["Book.FixFields"].Value : null);

    private string? DayValue => _day is { } day ? Iso(day) : null;

    protected override void OnInitialized()
    {
        _hall = Halls.FirstOrDefault(h => string.Equals(h.Code, InitialHall, StringComparison.OrdinalIgnoreCase))
            ?? (Halls.Count == 1 ? Halls[0] : null);
        _day = FirstDay(_hall);
    }

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    private async Task ChooseHallAsync(string code)
    {
        _hall = Halls.FirstOrDefault(h => h.Code == code);
        _line = null;
        _day = FirstDay(_hall);
        _errors.Remove("hall");
        await LoadSlotsAsync();
    }

    private async Task ChooseLineAsync(string code)
    {
        _line = _hall?.Lines.FirstOrDefault(l => l.Code == code);
        _errors.Remove("line");
        await LoadSlotsAsync();
    }

    private async Task ChooseDayAsync(string iso)
    {
        _day = _hall?.Days.FirstOrDefault(d => Iso(d) == iso);
        _errors.Remove("date");
        await LoadSlotsAsync();
    }

    private void ChooseSlot(string start)
    {
        _slot = start;
        _errors.Remove("slot");
    }

    /// <summary>The slots of the chosen line and day with the places left now; a chosen slot stays chosen while it has room.</summary>
    private async Task LoadSlotsAsync()
    {
        if (_hall is null || _line is null || _day is null)
        {
            _slots = null;
            _slot = null;
            return;
        }

        try
        {
            _slots = await Queries.SlotsAsync(_hall.Code, _line.Code, DayValue);
        }
        catch (InputException ex)
        {
            _slots = null;
            _errors[ex.Field] = Texts.Of(ex);
        }
        catch (NotFoundException ex)
        {
            _slots = null;
            _error = Texts.Of(ex);
        }

        if (_slots?.Any(s => s.Start == _slot && s.Remaining > 0) != true)
        {
            _slot = null;
        }
    }

    /// <summary>
    /// Messages stay until the next submit: clearing one when its field loses focus would move the submit button
    /// under the finger that is pressing it.
    /// </summary>
    private async Task SubmitAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _errors = [];
        _error = null;
        try
        {
            _booked = await Book.HandleAsync(
                new BookAppointment.Command(_hall?.Code, _line?.Code, DayValue, _slot, _name, _idNumber, _phone, _code),
                Actor.Anonymous(Address?.Value, "web"));
            // The page may be on a shared device: nothing unmasked stays in the circuit after the booking.
            _name = _idNumber = _phone = "";
            _code = null;
        }
        catch (FieldErrorsException ex)
        {
            _errors = Texts.Of(ex);
        }
        catch (InputException ex)
        {
            _errors[ex.Field] = Texts.Of(ex);
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException)
        {
            // Slot full, one a day, blocked after no-shows: the places left may have changed meanwhile.
            _error = Texts.Of(ex);
            await LoadSlotsAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task AgainAsync()
    {
        _booked = null;
        _slot = null;
        await LoadSlotsAsync();
    }

    private static DateOnly? FirstDay(BookableHall? hall) => hall is { Days.Count: > 0 } ? hall.Days[0] : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
