using HallDesk.Domain;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using HallDesk.Web.Localization;
using HallDesk.Data;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>评价器配对: each counter of the hall, whether a pad is paired to it, a one-time pairing code (and its QR) to pair one.</summary>
public partial class ManagerPadsPage
{
    private string _hall = "";
    private IReadOnlyList<PadPairing> _pads = [];
    private (int Counter, string Code, DateTime ExpiresAt)? _offer;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _hall = CurrentStaff.HallCode;
        _pads = await Lookups.PadsAsync(_hall);
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
        await Act.RunAsync(async () => await action(CurrentStaff.Actor));
        _pads = await Lookups.PadsAsync(_hall);
    }
}
