using HallDesk.Data;
using HallDesk.Domain.Calendar;
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
    private bool _district;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _district = CurrentStaff.IsDistrict;
        _days = await Calendar.ListAsync(_year);
    }

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
        await Act.RunAsync(async () => await step(CurrentStaff.Actor), L["Window.Done"]);

        _days = await Calendar.ListAsync(_year);
    }
}
