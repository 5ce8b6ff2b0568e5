using System.Security.Claims;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Components;
using HallDesk.Data;
using HallDesk.Web.Features.Manager;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>差评整改: the hall's orders with their deadlines, and the next step of the selected one.</summary>
public partial class ManagerRectificationsPage
{

    private string _hall = "";
    private bool _openOnly = true;
    private IReadOnlyList<RectificationRow> _rows = [];
    private string? _selected;
    private bool _interactive;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    [SupplyParameterFromQuery(Name = "number")] private string? NumberFromLink { get; set; }

    private RectificationRow? Selected => _rows.FirstOrDefault(r => r.Order.Number == _selected);

    private int OverdueCount => _rows.Count(r => r.Overdue);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _hall = await Halls.HallOfAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        _selected = NumberFromLink;
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

    private void Select(string number) => _selected = number;

    private Task OpenOnlyChangedAsync(bool openOnly)
    {
        _openOnly = openOnly;
        return LoadAsync();
    }

    private async Task LoadAsync() => _rows = await Queries.RectificationsAsync(_hall, _openOnly);

    /// <summary>One step of the selected order; a refused step (wrong state, missing text, real-name without callback) shows why.</summary>
    private async Task RunAsync(Func<Actor, Task> step)
    {
        await Act.RunAsync(async () => await step(await StaffActor.OfAsync(AuthState, Address)), L["Mgr.Rect.Saved"]);

        await LoadAsync();
        if (Selected is null && _openOnly && _selected is not null)
        {
            // A closed order leaves the open list: show all so the manager still sees the outcome.
            _openOnly = false;
            await LoadAsync();
        }
    }

    /// <summary>Overdue orders are red in the list: the manager's first concern.</summary>
    private string RowStyle(RectificationRow row) =>
        "cursor:pointer;" + (row.Overdue ? "color:#c62828;font-weight:600;" : "") + (row.Order.Number == _selected ? "background:#e3f2fd;" : "");

    private static string Local(DateTime utc) => Infrastructure.HallTime.Format(utc);
}
