using System.Security.Claims;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Manager;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>评价器配对: each counter of the hall with the code its rating pad opens.</summary>
public partial class ManagerPadsPage
{
    private string _hall = "";
    private IReadOnlyList<PadPairing> _pads = [];
    private readonly Dictionary<int, string> _drafts = [];
    private bool _interactive;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _hall = await Halls.HallOfAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        _pads = await Lookups.PadsAsync(_hall);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private string Draft(PadPairing p) => _drafts.TryGetValue(p.CounterNumber, out var d) ? d : p.PadCode ?? "";

    private async Task SaveAsync(PadPairing p)
    {
        await Act.RunAsync(async () =>
        {
            var actor = await StaffActor.OfAsync(AuthState, Address);
            var code = await Pair.HandleAsync(new PairRatingPad.Command(_hall, p.CounterNumber, Draft(p)), actor);
            _drafts.Remove(p.CounterNumber);
            Snackbar.Add(code is null ? L["Mgr.Pads.Unpaired"] : L["Mgr.Pads.Paired", p.CounterNumber, code], Severity.Success);
        });

        _pads = await Lookups.PadsAsync(_hall);
    }
}
