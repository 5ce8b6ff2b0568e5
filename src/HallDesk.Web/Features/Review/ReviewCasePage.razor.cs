using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Components;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HallDesk.Web.Features.Review;

public partial class ReviewCasePage
{
    private CaseDetails? _details;
    private Dictionary<string, string> _sourceNames = [];
    private IReadOnlyList<Documents.MaterialFileView> _files = [];
    private IReadOnlyList<TransferView> _transfers = [];
    private bool _loaded;
    private bool _denied;
    private string? _checked;
    private int _tab;

    [Parameter] public string CaseNumber { get; set; } = "";

    [Inject] private ReviewQueries Queries { get; set; } = default!;
    [Inject] private ApproveReviewTask Approve { get; set; } = default!;
    [Inject] private DenyReviewTask Deny { get; set; } = default!;
    [Inject] private CheckReviewTask Check { get; set; } = default!;
    [Inject] private ReturnCaseForCorrection ReturnForCorrection { get; set; } = default!;
    [Inject] private SuspendReviewTask Suspend { get; set; } = default!;
    [Inject] private ResumeReviewTask Resume { get; set; } = default!;
    [Inject] private NeedToKnow NeedToKnow { get; set; } = default!;
    [Inject] private Documents.MaterialFileQueries FileQueries { get; set; } = default!;
    [Inject] private TransferQueries Transfers { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private UserAction Act { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> Text { get; set; } = default!;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    [CascadingParameter] private Microsoft.AspNetCore.Http.HttpContext? HttpContext { get; set; }

    /// <summary>This reviewer's department's part of the case, or null when it has none.</summary>
    /// <summary>This department's open task, or its latest (a department may have a part in more than one stage).</summary>
    private ReviewTask? MyTask => _details?.Case.TaskHeldBy(CurrentStaff.DepartmentCode, CurrentStaff.HallCode);

    private IEnumerable<ReviewTask> OtherTasks => _details?.Case.Tasks.Where(t => t != MyTask) ?? [];

    /// <summary>Other departments' tasks still under review (not waiting already): a 补正 may make them wait too.</summary>
    private IReadOnlyList<ReviewTask> OtherOpenTasks =>
        OtherTasks.Where(t => t.Status == ReviewStatus.Pending && !t.WaitsForCorrection && t.DepartmentCode != CurrentStaff.DepartmentCode).ToList();

    protected override async Task OnParametersSetAsync()
    {
        // Nothing of the case in the prerendered HTML (HttpContext is there only while prerendering): the case is read,
        // and the look audited, once, by the live page.
        if (HttpContext is not null)
        {
            return;
        }

        if (_checked != CaseNumber)
        {
            // Need to know: only a department with a task on the case may read it; every look is audited, refused or not.
            _checked = CaseNumber;
            _denied = await NeedToKnow.OpenCaseAsync(CurrentStaff, CaseNumber, "review") == Access.Denied;
        }

        if (_denied)
        {
            _details = null;
            _loaded = true;
            return;
        }

        await LoadAsync();
        // A reviewer with a decision to make lands on the 审查意见 tab; everyone else on 申请信息.
        _tab = MyTask is { Decided: false } ? 2 : 0;
        _loaded = true;
    }

    private async Task LoadAsync()
    {
        _details = await Queries.CaseAsync(CaseNumber);
        _files = _details is null ? [] : await FileQueries.OfCaseAsync(CaseNumber);
        _transfers = _details is null ? [] : await Transfers.OfCaseAsync(CaseNumber);

        // A material shared by another department names that department by its code.
        foreach (var code in _details?.Case.Materials.Where(m => m.State == MaterialState.FromDepartment && m.Source is not null).Select(m => m.Source!).Distinct() ?? [])
        {
            _sourceNames[code] = await Queries.DepartmentNameAsync(code);
        }
    }

    private Task StepAsync(ReviewStep step) => step.Action switch
    {
        ReviewAction.Approve => RunAsync((a, v) => Approve.HandleAsync(a, CaseNumber, v, step.Text), "Review.Done.Approve"),
        ReviewAction.Deny => RunAsync((a, v) => Deny.HandleAsync(a, CaseNumber, v, step.Text), "Review.Done.Deny"),
        ReviewAction.CheckApprove => RunAsync((a, v) => Check.HandleAsync(a, CaseNumber, v, true, step.Text), "Review.Done.Check"),
        ReviewAction.CheckDeny => RunAsync((a, v) => Check.HandleAsync(a, CaseNumber, v, false, step.Text), "Review.Done.Check"),
        ReviewAction.Return => RunAsync((a, v) => ReturnForCorrection.HandleAsync(a, CaseNumber, v, step.Text, step.Waiting), "Review.Done.Return"),
        ReviewAction.Suspend => RunAsync((a, v) => Suspend.HandleAsync(a, CaseNumber, v, step.Text, step.Kind ?? SuspensionKind.Inspection), "Review.Done.Suspend"),
        ReviewAction.Resume => RunAsync((a, v) => Resume.HandleAsync(a, CaseNumber, v), "Review.Done.Resume"),
        _ => Task.CompletedTask,
    };

    /// <summary>One step on the task version the reviewer is looking at; then the case is read again, whatever happened.</summary>
    private async Task RunAsync(Func<Actor, int, Task> step, string successKey)
    {
        if (Act.Busy || MyTask is not { } task)
        {
            return;
        }

        await Act.RunAsync(() => step(CurrentStaff.Actor, task.Version), Text[successKey]);
        await LoadAsync();
    }
}
