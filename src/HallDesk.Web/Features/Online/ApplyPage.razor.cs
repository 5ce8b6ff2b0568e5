using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Online;

/// <summary>网上申报 on a phone: who applies (phone proved by SMS), where, and a file for each material asked for; then the number.</summary>
public sealed partial class ApplyPage
{
    private readonly StagedUploads _files = new();
    private CatalogSelection? _selection;
    private IReadOnlyList<CaseMaterial> _materials = [];
    private IReadOnlyList<(string Code, string Name)> _halls = [];
    private ApplicantKind _kind = ApplicantKind.Person;
    private string _name = "";
    private string _idNumber = "";
    private string _legalRepresentative = "";
    private string _phone = "";
    private string? _code;
    private string _hall = "";
    private Dictionary<string, string> _errors = [];
    private string? _error;
    private bool _busy;
    private bool _loaded;
    private SubmitOnlineApplication.Result? _result;

    [Parameter] public string Code { get; set; } = "";

    [Inject] private CatalogQueries Catalog { get; set; } = default!;
    [Inject] private TakeInApplication Intake { get; set; } = default!;
    [Inject] private HallDirectory Halls { get; set; } = default!;
    [Inject] private SubmitOnlineApplication Submit { get; set; } = default!;
    [Inject] private FileStore Store { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _selection = await Catalog.SelectAsync(Code);
        _halls = await Halls.ListAsync();
        _hall = _halls.Count > 0 ? _halls[0].Code : "";
        await RefreshAsync();
        _loaded = true;
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    private async Task KindChangedAsync(ApplicantKind kind)
    {
        _kind = kind;
        await RefreshAsync();
    }

    private async Task IdChangedAsync(string id)
    {
        _idNumber = id;
        await RefreshAsync();
    }

    /// <summary>The checklist for this applicant: what the 电子证照 registry holds for a valid number is not asked for.</summary>
    private async Task RefreshAsync()
    {
        if (_selection is not null)
        {
            _materials = await Intake.ChecklistAsync(_selection, _idNumber.Trim().ToUpperInvariant(), _files.Files.Select(f => f.MaterialKey).ToHashSet());
        }
    }

    private async Task UploadAsync(MaterialUpload upload)
    {
        _busy = true;
        _error = await _files.TryStageAsync(Store, upload);
        _busy = false;
        if (_error is null)
        {
            await RefreshAsync();
        }
    }

    private async Task RemoveAsync(StagedUpload upload)
    {
        _files.Remove(upload);
        await RefreshAsync();
    }

    private async Task SubmitAsync()
    {
        _busy = true;
        _error = null;
        _errors = [];
        try
        {
            _result = await Submit.HandleAsync(new SubmitOnlineApplication.Command(Code, _hall, _kind, _name, _idNumber, _phone, _legalRepresentative, _code),
                _files, Actor.Anonymous(Address?.Value, "web"));
        }
        catch (FieldErrorsException ex)
        {
            _errors = Texts.Of(ex);
        }
        catch (InputException ex)
        {
            _errors[ex.Field] = Texts.Of(ex);
            _error = Texts.Of(ex);
        }
        catch (Domain.DomainException ex)
        {
            _error = Texts.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose() => _files.Dispose();
}
