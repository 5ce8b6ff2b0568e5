using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Review;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HallDesk.Web.Features.Intake;

public partial class CaseWindowPanel
{
    private string _number = "";
    private CaseDetails? _details;
    private readonly HashSet<string> _provided = [];
    private IReadOnlyList<(string CaseNumber, string SubjectName, string ApplicantName, DateTime ReceivedAt)> _awaiting = [];
    private IReadOnlyList<(string CaseNumber, string SubjectName, string ApplicantName, DateTime ReceivedAt)> _concluded = [];

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;
    [Parameter, EditorRequired] public string HallCode { get; set; } = "";

    protected override Task OnInitializedAsync() => ListAsync();

    private async Task ListAsync()
    {
        _awaiting = await Queries.HallCasesAsync(HallCode, CaseStatus.AwaitingCorrection, 10);
        _concluded = await Queries.HallCasesAsync(HallCode, CaseStatus.Concluded, 10);
    }

    private async Task LoadAsync(string number)
    {
        _provided.Clear();
        _details = await Queries.CaseAsync(number.Trim().ToUpperInvariant());
        if (_details is null)
        {
            Snackbar.Add(L["Window.NotFound", number], Severity.Warning);
        }
    }

    private List<CaseMaterial> Pending(Case c) =>
        c.Materials.Where(m => !m.Satisfied).Select(m => _provided.Contains(m.Key) ? m with { State = MaterialState.Submitted } : m).ToList();

    private void Toggle(string key)
    {
        if (!_provided.Remove(key))
        {
            _provided.Add(key);
        }
    }

    private Task ProvideAsync() => RunAsync(a => Correction.HandleAsync(a, _details!.Case.CaseNumber, _provided.ToList()));

    private async Task RunAsync(Func<Actor, Task> step)
    {
        try
        {
            await step(Actor);
            Snackbar.Add(L["Window.Done"], Severity.Success);
        }
        catch (DomainException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }

        await LoadAsync(_details!.Case.CaseNumber);
        await ListAsync();
    }
}
