using HallDesk.Domain;
using HallDesk.Domain.Catalog;
using HallDesk.Web.Staff;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HallDesk.Web.Features.Manager;

public partial class CatalogPage
{
    private IReadOnlyList<ServiceItem> _items = [];
    private IReadOnlyList<Bundle> _bundles = [];
    private IReadOnlyDictionary<string, string> _departments = new Dictionary<string, string>();
    private string _filter = "";
    private ServiceItem? _editing;
    private int? _legal;
    private int _promised;
    private bool _instant;
    private bool _commitment;

    [CascadingParameter] private StaffContext CurrentStaff { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => (_items, _bundles, _departments) = await Catalog.LoadAsync();

    private void Edit(ServiceItem item) => (_editing, _legal, _promised, _instant, _commitment) = (item, item.LegalDays, item.PromisedDays, item.Instant, item.Commitment);

    private async Task SaveAsync()
    {
        try
        {
            await Catalog.UpdateAsync(CurrentStaff.Actor, new EditCatalog.ItemChange(_editing!.Code, _legal, _promised, _instant, _commitment));
            Snackbar.Add(L["Window.Done"], Severity.Success);
            _editing = null;
            await LoadAsync();
        }
        catch (DomainException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
    }
}
