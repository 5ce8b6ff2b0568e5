using HallDesk.Data;
using HallDesk.Web.Features.Admin.Staff;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Admin;

public partial class StaffAccountPanel
{
    private string _role = Roles.Clerk;
    private string? _department;
    private string? _point;
    private bool _canApprove;
    private string _password = "";

    [Parameter, EditorRequired] public StaffRow Account { get; set; } = default!;

    [Parameter] public IReadOnlyList<(string Code, string Name)> Departments { get; set; } = [];

    [Parameter] public EventCallback Changed { get; set; }

    [Parameter] public bool SubHall { get; set; }

    [Parameter] public IReadOnlyList<(string Code, string Name)> Points { get; set; } = [];

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    // The parent re-keys this panel per account, so the draft starts from the account once.
    protected override void OnInitialized()
    {
        _role = Account.Roles.Count > 0 ? Account.Roles[0] : Roles.Clerk;
        _department = Account.DepartmentCode;
        _point = Account.AgencyPointCode;
        _canApprove = Account.CanApprove;
    }

    private async Task ResetAsync()
    {
        if (await RunAsync(a => ResetPassword.HandleAsync(Account.UserName, _password, a)))
        {
            _password = "";
        }
    }

    private async Task<bool> RunAsync(Func<Actor, Task> step)
    {
        if (!await Act.RunAsync(async () => await step(CurrentStaff.Actor), L["Adm.Saved"]))
        {
            return false;
        }

        await Changed.InvokeAsync();
        return true;
    }
}
