using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Localization;
using HallDesk.Web.Staff;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HallDesk.Web.Features.Review;

public partial class ReviewCasePage
{
    private CaseDetails? _details;
    private Dictionary<string, string> _sourceNames = [];
    private bool _loaded;
    private bool _busy;
    private int _tab;

    [Parameter] public string CaseNumber { get; set; } = "";

    [Inject] private ReviewQueries Queries { get; set; } = default!;
    [Inject] private ReviewCase Review { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> Text { get; set; } = default!;

    [CascadingParameter] private StaffContext CurrentStaff { get; set; } = default!;

    /// <summary>This reviewer's department's part of the case, or null when it has none.</summary>
    private ReviewTask? MyTask => _details?.Case.Tasks.SingleOrDefault(t => t.DepartmentCode == CurrentStaff.DepartmentCode);

    private IEnumerable<ReviewTask> OtherTasks => _details?.Case.Tasks.Where(t => t.DepartmentCode != CurrentStaff.DepartmentCode) ?? [];

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        // A reviewer with a decision to make lands on the 审查意见 tab; everyone else on 申请信息.
        _tab = MyTask is { Decided: false } ? 2 : 0;
        _loaded = true;
    }

    private async Task LoadAsync()
    {
        _details = await Queries.CaseAsync(CaseNumber);

        // A material shared by another department names that department by its code.
        foreach (var code in _details?.Case.Materials.Where(m => m.State == MaterialState.FromDepartment && m.Source is not null).Select(m => m.Source!).Distinct() ?? [])
        {
            _sourceNames[code] = await Queries.DepartmentNameAsync(code);
        }
    }

    private Task StepAsync(ReviewStep step) => step.Action switch
    {
        ReviewAction.Approve => RunAsync((a, v) => Review.ApproveAsync(a, CaseNumber, v, step.Text), "Review.Done.Approve"),
        ReviewAction.Deny => RunAsync((a, v) => Review.DenyAsync(a, CaseNumber, v, step.Text), "Review.Done.Deny"),
        ReviewAction.Return => RunAsync((a, v) => Review.ReturnAsync(a, CaseNumber, v, step.Text), "Review.Done.Return"),
        ReviewAction.Suspend => RunAsync((a, v) => Review.SuspendAsync(a, CaseNumber, v, step.Text), "Review.Done.Suspend"),
        ReviewAction.Resume => RunAsync((a, v) => Review.ResumeAsync(a, CaseNumber, v), "Review.Done.Resume"),
        _ => Task.CompletedTask,
    };

    /// <summary>One step on the task version the reviewer is looking at; then the case is read again, whatever happened.</summary>
    private async Task RunAsync(Func<Actor, int, Task> step, string successKey)
    {
        if (_busy || MyTask is not { } task)
        {
            return;
        }

        _busy = true;
        try
        {
            await step(CurrentStaff.Actor, task.Version);
            Snackbar.Add(Text[successKey], Severity.Success);
        }
        catch (DomainException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
        finally
        {
            _busy = false;
            await LoadAsync();
        }
    }
}
