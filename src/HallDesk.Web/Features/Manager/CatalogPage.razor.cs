using HallDesk.Data;
using HallDesk.Domain.Catalog;
using Microsoft.AspNetCore.Components;

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
    private bool _district;
    private bool _bundleEditorOpen;
    private Bundle? _editingBundle;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _district = CurrentStaff.IsDistrict;
        await LoadAsync();
    }

    private async Task LoadAsync() => (_items, _bundles, _departments) = await Catalog.LoadAsync();

    private void Edit(ServiceItem item) => (_editing, _legal, _promised, _instant, _commitment) = (item, item.LegalDays, item.PromisedDays, item.Instant, item.Commitment);

    private async Task SaveAsync()
    {
        if (await Act.RunAsync(
                async () => await Catalog.UpdateAsync(CurrentStaff.Actor, new EditCatalog.ItemChange(_editing!.Code, _legal, _promised, _instant, _commitment)),
                L["Window.Done"]))
        {
            _editing = null;
            await LoadAsync();
        }
    }

    private void NewBundle() => (_bundleEditorOpen, _editingBundle) = (true, null);

    private void EditBundle(Bundle bundle) => (_bundleEditorOpen, _editingBundle) = (true, bundle);

    private async Task BundleSavedAsync()
    {
        _bundleEditorOpen = false;
        await LoadAsync();
    }

    private async Task RetireAsync(Bundle bundle)
    {
        if (await Act.RunAsync(async () => await Retire.HandleAsync(CurrentStaff.Actor, bundle.Code, !bundle.Retired), L["Window.Done"]))
        {
            await LoadAsync();
        }
    }

    private async Task MoveUpAsync(Bundle bundle)
    {
        if (await Act.RunAsync(async () => await Move.HandleAsync(CurrentStaff.Actor, bundle.Code)))
        {
            await LoadAsync();
        }
    }
}
