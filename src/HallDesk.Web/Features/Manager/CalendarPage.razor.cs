using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Calendar;
using HallDesk.Web.Staff;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HallDesk.Web.Features.Manager;

public partial class CalendarPage
{
    private int _year = 2026;
    private IReadOnlyList<CalendarDay> _days = [];
    private string _date = "";
    private bool _workday;
    private string _name = "";

    [CascadingParameter] private StaffContext CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _days = await Calendar.ListAsync(_year);

    private async Task ChangeYearAsync(int delta)
    {
        _year += delta;
        _days = await Calendar.ListAsync(_year);
    }

    private async Task AddAsync()
    {
        if (!DateOnly.TryParseExact(_date.Trim(), "yyyy-MM-dd", out var date))
        {
            Snackbar.Add(L["Calendar.BadDate"], Severity.Warning);
            return;
        }

        await RunAsync(a => Calendar.AddAsync(a, date, _workday, _name));
    }

    private Task RemoveAsync(DateOnly date) => RunAsync(a => Calendar.RemoveAsync(a, date));

    private async Task RunAsync(Func<Actor, Task> step)
    {
        try
        {
            await step(CurrentStaff.Actor);
            Snackbar.Add(L["Window.Done"], Severity.Success);
        }
        catch (DomainException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }

        _days = await Calendar.ListAsync(_year);
    }
}
