using System.Globalization;
using System.Security.Claims;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Manager;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Admin;

/// <summary>大厅设置: name, board notice, hours, queue rules and alert thresholds of the manager's hall.</summary>
public partial class HallSettingsPage
{
    private string _hall = "";
    private HallForm? _form;
    private bool _interactive;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        _hall = await Halls.HallOfAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
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

    private async Task LoadAsync() => _form = await Settings.LoadAsync(_hall) is { } c ? HallForm.From(c) : null;

    private async Task SaveAsync()
    {
        if (_form is null)
        {
            return;
        }

        var opens = TimeOnly.MinValue;
        var closes = TimeOnly.MinValue;
        if (!_form.AroundTheClock && (!TryTime(_form.OpensAt, out opens) || !TryTime(_form.ClosesAt, out closes)))
        {
            Snackbar.Add(L["Adm.Hall.BadTime"], Severity.Warning);
            return;
        }

        if (await Act.RunAsync(async () => await Settings.HandleAsync(_form.ToCommand(_hall, opens, closes), await StaffActor.OfAsync(AuthState, Address)), L["Adm.Saved"]))
        {
            await LoadAsync();
        }
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The editable copy of the settings; times as text so a half-typed time is not lost.</summary>
    private sealed class HallForm
    {
        public string Name { get; set; } = "";

        public string Notice { get; set; } = "";

        public bool AroundTheClock { get; set; }

        public string OpensAt { get; set; } = "";

        public string ClosesAt { get; set; } = "";

        public int NoShowAfterCalls { get; set; }

        public int RejoinBehind { get; set; }

        public int WaitAlert { get; set; }

        public int PauseAlert { get; set; }

        public int ServiceAlert { get; set; }

        public static HallForm From(EditHallSettings.Command c) => new()
        {
            Name = c.Name,
            Notice = c.Notice,
            AroundTheClock = c.OpenAroundTheClock,
            OpensAt = c.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = c.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            NoShowAfterCalls = c.NoShowAfterCalls,
            RejoinBehind = c.RejoinBehind,
            WaitAlert = c.WaitAlertMinutes,
            PauseAlert = c.PauseAlertMinutes,
            ServiceAlert = c.ServiceAlertMinutes,
        };

        public EditHallSettings.Command ToCommand(string hall, TimeOnly opens, TimeOnly closes) =>
            new(hall, Name, Notice, AroundTheClock, opens, closes, NoShowAfterCalls, RejoinBehind, WaitAlert, PauseAlert, ServiceAlert);
    }
}
