using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using HallDesk.Web.Localization;
using HallDesk.Data;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>诉求: record requests from every channel, route them with a deadline, answer them.</summary>
public partial class ManagerFeedbackPage
{
    private string _hall = "";
    private ManagerFeedbackForm.Draft _draft = new();
    private IReadOnlyList<DepartmentOption> _departments = [];
    private IReadOnlyList<Feedback> _list = [];
    private bool _openOnly = true;
    private string? _selected;
    private string _answer = "";
    private DateOnly _today;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    private Feedback? Selected => _list.FirstOrDefault(f => f.Number == _selected);

    protected override async Task OnInitializedAsync()
    {
        _hall = CurrentStaff.HallCode;
        _departments = await Lookups.DepartmentsAsync(L["Mgr.HallDepartment"]);
        await LoadAsync();
    }

    private string DepartmentName(string code) => _departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    private static string RowStyle(Feedback f, bool overdue) => "cursor:pointer;" + (overdue ? "color:#c62828;font-weight:600;" : "");

    private Task OpenOnlyChangedAsync(bool openOnly)
    {
        _openOnly = openOnly;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        _today = Hall.TodayIn(Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);
        _list = await Queries.FeedbackAsync(_hall, _openOnly);
    }

    private async Task RecordAsync(RecordFeedback.Command request)
    {
        string? number = null;
        if (await Act.RunAsync(async () => number = await Record.HandleAsync(CurrentStaff.Actor, _hall, request)))
        {
            Snackbar.Add(L["Mgr.Feedback.Recorded", number!], Severity.Success);
            _draft = new();
            _selected = number;
            await LoadAsync();
        }
    }

    private async Task AnswerAsync()
    {
        if (await Act.RunAsync(async () => await Answer.HandleAsync(CurrentStaff.Actor, _selected ?? "", _answer), L["Mgr.Feedback.AnswerSaved"]))
        {
            _answer = "";
            // An answered request leaves the open list; show all so the answer stays in view.
            _openOnly = false;
        }

        await LoadAsync();
    }
}
