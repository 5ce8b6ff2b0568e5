using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HallDesk.Web.Features.Admin;

/// <summary>新建大厅: the hall with its first lines and counters, refused at the field that is wrong.</summary>
public partial class HallCreateForm
{
    private HallForm _form = HallForm.Blank();
    private Dictionary<string, string> _errors = [];
    private bool _busy;

    [Parameter] public EventCallback Created { get; set; }

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    private bool Has(string field) => _errors.ContainsKey(field);

    private string ErrorOf(string field) => _errors.GetValueOrDefault(field, "");

    private void AddCounter() =>
        _form.Counters.Add(new() { Number = _form.Counters.Count == 0 ? 1 : _form.Counters.Max(c => c.Number) + 1, Name = "综合窗口", Lines = "A" });

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var opens = new TimeOnly(9, 0);
            var closes = new TimeOnly(17, 0);
            if (!_form.AroundTheClock && (!TryTime(_form.OpensAt, out opens) || !TryTime(_form.ClosesAt, out closes)))
            {
                _errors = new Dictionary<string, string> { ["hours"] = L["Adm.Hall.BadTime"] };
                return;
            }

            var command = new CreateHall.Command(_form.Code, _form.Name, _form.ShortName, _form.Level, _form.Address, _form.Notice,
                _form.AroundTheClock, opens, closes,
                _form.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Code)).Select(l => new CreateHall.LineInput(l.Code, l.Name, l.Minutes)).ToList(),
                _form.Counters.Select(c => new CreateHall.CounterInput(c.Number, c.Name, c.Kind, c.Lines)).ToList());
            await Create.HandleAsync(command, CurrentStaff.Actor);
            Snackbar.Add(L["Adm.Halls.Created", _form.Name.Trim(), _form.Code.Trim().ToUpperInvariant()], Severity.Success);
            _errors = new Dictionary<string, string>();
            _form = HallForm.Blank();
            await Created.InvokeAsync();
        }
        catch (FieldErrorsException e)
        {
            _errors = e.Errors.ToDictionary(x => x.Key, x => Texts.Of(x.Value));
        }
        catch (DomainException e)
        {
            Snackbar.Add(Texts.Of(e), Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private sealed class HallForm
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public string ShortName { get; set; } = "";

        public HallLevel Level { get; set; } = HallLevel.SubHall;

        public string Address { get; set; } = "";

        public string Notice { get; set; } = "";

        public bool AroundTheClock { get; set; }

        public string OpensAt { get; set; } = "08:30";

        public string ClosesAt { get; set; } = "17:30";

        public List<LineDraft> Lines { get; } = [];

        public List<CounterDraft> Counters { get; } = [];

        /// <summary>A street hall's usual start: one comprehensive line and window (综合受理), the manager adds the rest.</summary>
        public static HallForm Blank()
        {
            var form = new HallForm();
            form.Lines.Add(new() { Code = "A", Name = "综合受理", Minutes = 8 });
            form.Counters.Add(new() { Number = 1, Name = "综合窗口", Kind = CounterKind.Comprehensive, Lines = "A" });
            return form;
        }
    }

    private sealed class LineDraft
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public double Minutes { get; set; } = 8;
    }

    private sealed class CounterDraft
    {
        public int Number { get; set; }

        public string Name { get; set; } = "";

        public CounterKind Kind { get; set; } = CounterKind.Comprehensive;

        public string Lines { get; set; } = "";
    }
}
