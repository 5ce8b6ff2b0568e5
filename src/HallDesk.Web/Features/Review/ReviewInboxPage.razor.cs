using HallDesk.Domain.Cases;
using Microsoft.AspNetCore.Components;
using HallDesk.Data;

namespace HallDesk.Web.Features.Review;

public partial class ReviewInboxPage
{
    public const int PageSize = 20;

    private static readonly DeadlineLight[] Lights = [DeadlineLight.Green, DeadlineLight.Yellow, DeadlineLight.Red, DeadlineLight.Suspended, DeadlineLight.AwaitingCorrection];

    private string? _department;
    private string _departmentName = "";
    private InboxPage? _inbox;
    private InboxFilter _filter = InboxFilter.Open;
    private DeadlineLight? _light;
    private string? _search;
    private int _page;
    private bool _hallDesk;
    private bool _loaded;

    [Inject] private ReviewQueries Queries { get; set; } = default!;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    private int PageCount => _inbox is null ? 0 : (_inbox.Total + PageSize - 1) / PageSize;

    protected override async Task OnInitializedAsync()
    {
        _department = CurrentStaff.DepartmentCode;
        if (_department is not null)
        {
            _departmentName = await Queries.DepartmentNameAsync(_department);
            await LoadAsync();
        }
        else if (await Queries.SubHallNameAsync(CurrentStaff.HallCode) is { } hall)
        {
            // 赋权: a sub-hall's reviewer (no department) decides the items delegated to the hall.
            _hallDesk = true;
            _departmentName = L["Review.DelegatedDesk", hall];
            await LoadAsync();
        }

        _loaded = true;
    }

    private int Count(DeadlineLight light) => _inbox?.OpenByLight.GetValueOrDefault(light) ?? 0;

    private string ChipStyle(DeadlineLight light)
    {
        var colour = DeadlineLightChip.Colour(light);
        return _light == light ? $"background:{colour};color:#fff" : $"border-color:{colour};color:{colour}";
    }

    /// <summary>A light chip filters the open cases by that light; clicking it again shows them all.</summary>
    private Task ToggleLightAsync(DeadlineLight light)
    {
        _light = _light == light ? null : light;
        if (_light is not null)
        {
            _filter = InboxFilter.Open;
        }

        return FirstPageAsync();
    }

    private Task SetFilterAsync(InboxFilter filter)
    {
        _filter = filter;
        return FirstPageAsync();
    }

    private Task SearchAsync(string? search)
    {
        _search = search;
        return FirstPageAsync();
    }

    private Task GoToPageAsync(int page)
    {
        _page = page - 1;
        return LoadAsync();
    }

    private Task FirstPageAsync()
    {
        _page = 0;
        return LoadAsync();
    }

    private async Task LoadAsync() =>
        _inbox = await Queries.InboxAsync(new InboxQuery(_department, _filter, _light, string.IsNullOrWhiteSpace(_search) ? null : _search.Trim(), _page, PageSize, CurrentStaff.HallCode));
}
