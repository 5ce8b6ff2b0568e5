using HallDesk.Web.Features.Admin.Staff;
using Microsoft.AspNetCore.Components;
using HallDesk.Data;

namespace HallDesk.Web.Features.Admin;

/// <summary>账号管理: the hall's staff accounts; the admin edits them, the manager only looks.</summary>
public partial class StaffPage
{
    private string _hall = "";
    private IReadOnlyList<StaffRow> _rows = [];
    private IReadOnlyList<(string Code, string Name)> _departments = [];
    private StaffRow? _selected;
    private IReadOnlyList<StaffHall> _halls = [];
    private IReadOnlyList<(string Code, string Name)> _points = [];

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _hall = CurrentStaff.HallCode;
        _departments = await Queries.DepartmentsAsync();
        _halls = CurrentStaff.IsAdmin ? await Queries.HallsAsync() : [];
        await LoadAsync();
    }

    private bool SubHall => _halls.FirstOrDefault(h => h.Code == _hall)?.SubHall == true;

    private async Task HallChangedAsync(string hall)
    {
        _hall = hall;
        _selected = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _rows = await Queries.ListAsync(_hall);
        _points = CurrentStaff.IsAdmin ? await Queries.AgencyPointsAsync(_hall) : [];
        _selected = _selected is null ? null : _rows.FirstOrDefault(r => r.UserName == _selected.UserName);
    }

    private string DepartmentName(string? code) =>
        code is null ? "" : _departments.FirstOrDefault(d => d.Code == code).Name ?? code;
}
