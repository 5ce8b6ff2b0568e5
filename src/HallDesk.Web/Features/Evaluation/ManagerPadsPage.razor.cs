using HallDesk.Domain;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using HallDesk.Web.Staff;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>评价器配对: each counter of the hall with the code its rating pad opens.</summary>
public partial class ManagerPadsPage
{
    private string _hall = "";
    private IReadOnlyList<PadPairing> _pads = [];
    private readonly Dictionary<int, string> _drafts = [];

    [CascadingParameter] private StaffContext CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _hall = CurrentStaff.HallCode;
        _pads = await Lookups.PadsAsync(_hall);
    }

    private string Draft(PadPairing p) => _drafts.TryGetValue(p.CounterNumber, out var d) ? d : p.PadCode ?? "";

    private async Task SaveAsync(PadPairing p)
    {
        try
        {
            var actor = CurrentStaff.Actor;
            var code = await Pair.HandleAsync(new PairRatingPad.Command(_hall, p.CounterNumber, Draft(p)), actor);
            _drafts.Remove(p.CounterNumber);
            Snackbar.Add(code is null ? L["Mgr.Pads.Unpaired"] : L["Mgr.Pads.Paired", p.CounterNumber, code], Severity.Success);
        }
        catch (DomainException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }

        _pads = await Lookups.PadsAsync(_hall);
    }
}
