using System.Security.Claims;
using HallDesk.Web.Features.Admin.Staff;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace HallDesk.Web.Features.Admin;

/// <summary>账号管理: the hall's staff accounts; the admin edits them, the manager only looks.</summary>
public partial class StaffPage
{
    private string _hall = "";
    private IReadOnlyList<StaffRow> _rows = [];
    private IReadOnlyList<(string Code, string Name)> _departments = [];
    private StaffRow? _selected;
    private bool _interactive;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _hall = await Halls.HallOfAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        _departments = await Queries.DepartmentsAsync();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        _rows = await Queries.ListAsync(_hall);
        _selected = _selected is null ? null : _rows.FirstOrDefault(r => r.UserName == _selected.UserName);
    }

    private string DepartmentName(string? code) =>
        code is null ? "" : _departments.FirstOrDefault(d => d.Code == code).Name ?? code;
}
