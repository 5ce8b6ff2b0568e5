using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Admin;

public partial class CountersEditor
{
    private List<CounterDraft> _drafts = [];
    private CounterDraft _new = new();
    private string _lineHint = "";

    [Parameter, EditorRequired] public string Hall { get; set; } = "";

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var counters = await Counters.ListAsync(Hall);
        _drafts = counters.Select(c => new CounterDraft
        {
            Number = c.Number, Name = c.Name, Kind = c.Kind, Lines = c.Lines, Retired = c.IsRetired,
            StateLabel = c.IsRetired ? L["Adm.Retired"] : Texts.Label(c.State),
        }).ToList();
        _lineHint = string.Join("  ", (await Lines.ListAsync(Hall)).Where(l => !l.IsRetired).Select(l => $"{l.Code} {l.Name}"));
        _new.Number = _drafts.Count == 0 ? 1 : _drafts.Max(d => d.Number) + 1;
    }

    private async Task SaveAsync(CounterDraft d) => await RunAsync(a => Counters.ChangeAsync(d.ToCommand(Hall), a));

    private async Task RetireAsync(CounterDraft d) => await RunAsync(a => Retire.HandleAsync(Hall, d.Number, a));

    private async Task AddAsync()
    {
        if (await RunAsync(a => Counters.AddAsync(_new.ToCommand(Hall), a)))
        {
            _new = new();
            await LoadAsync();
        }
    }

    private async Task<bool> RunAsync(Func<Actor, Task> step)
    {
        if (!await Act.RunAsync(async () => await step(CurrentStaff.Actor), L["Adm.Saved"]))
        {
            return false;
        }

        await LoadAsync();
        return true;
    }

    private sealed class CounterDraft
    {
        public int Number { get; set; }

        public string Name { get; set; } = "";

        public CounterKind Kind { get; set; }

        public string Lines { get; set; } = "";

        public string StateLabel { get; set; } = "";

        public bool Retired { get; set; }

        public EditCounters.Command ToCommand(string hall) => new(hall, Number, Name, Kind, Lines);
    }
}
