using System.Security.Claims;
using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Manager;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using HallDesk.Web.Localization;

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
    private bool _interactive;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    private Feedback? Selected => _list.FirstOrDefault(f => f.Number == _selected);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _hall = await Halls.HallOfAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        _departments = await Lookups.DepartmentsAsync(L["Mgr.HallDepartment"]);
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
        if (await Act.RunAsync(async () => number = await Record.HandleAsync(await StaffActor.OfAsync(AuthState, Address), _hall, request)))
        {
            Snackbar.Add(L["Mgr.Feedback.Recorded", number!], Severity.Success);
            _draft = new();
            _selected = number;
            await LoadAsync();
        }
    }

    private async Task AnswerAsync()
    {
        if (await Act.RunAsync(async () => await Answer.HandleAsync(await StaffActor.OfAsync(AuthState, Address), _selected ?? "", _answer), L["Mgr.Feedback.AnswerSaved"]))
        {
            _answer = "";
            // An answered request leaves the open list; show all so the answer stays in view.
            _openOnly = false;
        }

        await LoadAsync();
    }
}
