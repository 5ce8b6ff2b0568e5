using System.Security.Claims;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Manager;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>评价器配对: each counter of the hall, whether a pad is paired to it, a one-time pairing code (and its QR) to pair one.</summary>
public partial class ManagerPadsPage
{
    private string _hall = "";
    private IReadOnlyList<PadPairing> _pads = [];
    private (int Counter, string Code, DateTime ExpiresAt)? _offer;
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

    /// <summary>The address the tablet opens (its QR code): the pairing form with the code filled in.</summary>
    private string PairingUrl(string code) => $"{Navigation.BaseUri}pad/pair?code={PadSecrets.Display(code)}";

    private Task OfferAsync(PadPairing p) => RunAsync(async actor =>
    {
        var offer = await Offer.HandleAsync(new OfferPadPairing.Command(_hall, p.CounterNumber), actor);
        _offer = (p.CounterNumber, offer.Code, offer.ExpiresAt);
    });

    private Task UnpairAsync(PadPairing p) => RunAsync(async actor =>
    {
        await Unpair.HandleAsync(new UnpairRatingPad.Command(_hall, p.CounterNumber), actor);
        Snackbar.Add(L["Mgr.Pads.Unpaired.Done", p.CounterNumber], Severity.Success);
    });

    private async Task RunAsync(Func<HallDesk.Data.Actor, Task> action)
    {
        await Act.RunAsync(async () => await action(await StaffActor.OfAsync(AuthState, Address)));
        _pads = await Lookups.PadsAsync(_hall);
    }
}
