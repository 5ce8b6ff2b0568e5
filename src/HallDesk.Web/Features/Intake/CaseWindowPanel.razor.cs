using HallDesk.Data;
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
    private IReadOnlyList<OwedCase> _owed = [];
    private DateOnly _today;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;
    [Parameter, EditorRequired] public string HallCode { get; set; } = "";

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    [Inject] private OwedMaterialQueries OwedQueries { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override Task OnInitializedAsync() => ListAsync();

    private async Task ListAsync()
    {
        _awaiting = await Queries.HallCasesAsync(HallCode, CaseStatus.AwaitingCorrection, 10);
        _concluded = await Queries.HallCasesAsync(HallCode, CaseStatus.Concluded, 10);
        // 容缺: the window is told of promises falling due, and alerted of those past due.
        _owed = await OwedQueries.HallOwedAsync(HallCode, 20);
        _today = Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);
    }

    /// <summary>A look-up at the window: need to know (this hall's cases, or those collected here), audited either way.</summary>
    private async Task OpenAsync(string number)
    {
        var wanted = number.Trim().ToUpperInvariant();
        switch (await NeedToKnow.OpenCaseAsync(CurrentStaff, wanted, "window"))
        {
            case Access.Allowed:
                await LoadAsync(wanted);
                break;
            case Access.Denied:
                _details = null;
                Snackbar.Add(L["Window.Denied", wanted], Severity.Warning);
                break;
            default:
                _details = null;
                Snackbar.Add(L["Window.NotFound", number], Severity.Warning);
                break;
        }
    }

    private async Task LoadAsync(string number)
    {
        _provided.Clear();
        _details = await Queries.CaseAsync(number);
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

    private Task ReceiveOwedAsync() => RunAsync(a => ReceiveOwed.HandleAsync(a, _details!.Case.CaseNumber, _provided.ToList()));

    private Task ProvideAsync() => RunAsync(a => Correction.HandleAsync(a, _details!.Case.CaseNumber, _provided.ToList()));

    private async Task RunAsync(Func<Actor, Task> step)
    {
        await Act.RunAsync(() => step(Actor), L["Window.Done"]);

        await LoadAsync(_details!.Case.CaseNumber);
        await ListAsync();
    }
}
