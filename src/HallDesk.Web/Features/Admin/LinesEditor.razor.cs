using HallDesk.Data;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Admin;

public partial class LinesEditor
{
    private List<LineDraft> _drafts = [];
    private LineDraft _new = new() { Minutes = 8 };

    [Parameter, EditorRequired] public string Hall { get; set; } = "";

    [Parameter] public EventCallback Changed { get; set; }

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var lines = await Lines.ListAsync(Hall);
        _drafts = lines.Select(l => new LineDraft { Code = l.Code, Name = l.Name, SortOrder = l.SortOrder, Minutes = l.DefaultServiceMinutes, Retired = l.IsRetired })
            .ToList();
    }

    private async Task SaveAsync(LineDraft d) => await RunAsync(a => Lines.ChangeAsync(d.ToCommand(Hall), a));

    private async Task RetireAsync(LineDraft d)
    {
        if (await RunAsync(a => Retire.HandleAsync(Hall, d.Code, a)))
        {
            await Changed.InvokeAsync();
        }
    }

    private async Task AddAsync()
    {
        if (await RunAsync(a => Lines.AddAsync(_new.ToCommand(Hall), a)))
        {
            _new = new() { Minutes = 8, SortOrder = _new.SortOrder + 1 };
            await Changed.InvokeAsync();
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

    private sealed class LineDraft
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public int SortOrder { get; set; }

        public double Minutes { get; set; }

        public bool Retired { get; set; }

        public EditLines.Command ToCommand(string hall) => new(hall, Code, Name, SortOrder, Minutes);
    }
}
