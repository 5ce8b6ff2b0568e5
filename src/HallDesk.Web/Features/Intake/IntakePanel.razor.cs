using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Intake;

/// <summary>The intake workspace: applicant → item or bundle → materials → decision (受理 / 补正 / 不予受理).</summary>
public partial class IntakePanel
{
    private readonly ApplicantModel _applicant = new();
    private readonly HashSet<string> _submitted = [];
    private readonly HashSet<string> _owed = [];
    private readonly List<AttachedFile> _files = [];
    private string _owedBy = "";
    private Dictionary<string, string> _errors = [];
    private IReadOnlyList<LicenceRecord> _licences = [];
    private CatalogSelection? _selection;
    private IReadOnlyList<CaseMaterial> _materials = [];
    private TakeInApplication.Result? _result;
    private bool _busy;
    private DateOnly? _listedUntil;
    private bool _deliverEachResult;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    /// <summary>The clerk's hall; results are collected here unless the citizen chooses another.</summary>
    [Parameter] public string HallCode { get; set; } = "";

    [Inject] private TakeInApplication Intake { get; set; } = default!;
    [Inject] private CatalogQueries Catalog { get; set; } = default!;
    [Inject] private Review.CommitmentCheckQueries Commitments { get; set; } = default!;
    [Inject] private ILicenceRegistry Registry { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private FileStore Store { get; set; } = default!;

    private IReadOnlyList<string> Missing => _materials.Where(m => m.Required && !m.Satisfied && !IsOwed(m)).Select(m => m.Name).ToList();

    /// <summary>The 容缺 materials the applicant promises to bring: still missing and marked owed.</summary>
    private IReadOnlyList<string> OwedNow => _materials.Where(IsOwed).Select(m => m.Name).ToList();

    private bool IsOwed(CaseMaterial m) => m.State == MaterialState.Missing && m.Deferrable && _owed.Contains(m.Key);

    private void Owe(string key)
    {
        if (!_owed.Remove(key))
        {
            _owed.Add(key);
            if (_owedBy.Length == 0)
            {
                // A week by default; the clerk sets the day the applicant writes on the promise.
                _owedBy = Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private async Task ApplicantChangedAsync()
    {
        var applicant = _applicant.ToApplicant();
        var errors = applicant.Validate(beingRegistered: _selection?.RegistersCompany == true);
        _errors = errors.Where(e => _applicant.Touched.Contains(e.Key)).ToDictionary(e => e.Key, e => Texts.Of(e.Value));
        var idValid = !string.IsNullOrWhiteSpace(applicant.IdNumber) && !errors.ContainsKey("idNumber");
        var today = Domain.Queue.Hall.TodayIn(Domain.Queue.Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);
        _licences = idValid ? await Registry.FindAsync(applicant.IdNumber, today) : [];
        // 失信承诺: the clerk is warned, and 告知承诺 is not offered, until the listing expires.
        _listedUntil = idValid ? await Commitments.ListedUntilAsync(applicant.IdNumber) : null;
        await RefreshChecklistAsync();
    }

    private async Task SelectAsync(string code)
    {
        _selection = await Catalog.SelectAsync(code);
        _submitted.Clear();
        _files.Clear();
        _owed.Clear();
        _deliverEachResult = false;
        // A company being registered may have no credit code yet: the applicant's fields are checked again for the choice.
        await ApplicantChangedAsync();
    }

    private async Task ToggleAsync(string key)
    {
        if (!_submitted.Remove(key))
        {
            _submitted.Add(key);
        }

        await RefreshChecklistAsync();
    }

    /// <summary>A scan for a material: stored by content (PDF, JPEG, PNG, 10 MB at most), and the material counts as handed in.</summary>
    private async Task UploadAsync(MaterialUpload upload)
    {
        _busy = true;
        try
        {
            using var staged = await Components.BrowserUploads.StageAsync(Store, upload.File);
            staged.Keep();
            _files.Add(AttachedFile.Of(upload.MaterialKey, upload.File.Name, staged));
            _submitted.Add(upload.MaterialKey);
            await RefreshChecklistAsync();
        }
        catch (UploadRefusedException ex)
        {
            Snackbar.Add(Texts.Of(ex.Text), Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RefreshChecklistAsync()
    {
        if (_selection is not null)
        {
            var id = _licences.Count > 0 ? _applicant.IdNumber : "";
            _materials = await Intake.ChecklistAsync(_selection, id, _submitted, agent: _applicant.ToApplicant().HasAgent);
        }
    }

    private async Task DecideAsync(IntakeChoice decision)
    {
        _applicant.TouchAll();
        _busy = true;
        try
        {
            _result = await Intake.HandleAsync(
                new TakeInApplication.Command(_applicant.ToApplicant(), _selection?.Code, _submitted, decision.Decision, decision.Reason, decision.Basis, decision.Commitment, decision.CollectionHall,
                    _deliverEachResult, decision.Ground, decision.ApplyTo,
                    _materials.Where(IsOwed).Select(m => m.Key).ToList(), OwedByDate,
                    _files.Where(f => _submitted.Contains(f.MaterialKey)).ToList()),
                Actor);
        }
        catch (FieldErrorsException ex)
        {
            _errors = Texts.Of(ex);
            Snackbar.Add(L["Intake.FixFields"], Severity.Warning);
        }
        catch (Exception ex) when (ex is DomainException or InputException)
        {
            Snackbar.Add(Texts.Of(ex), Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private DateOnly? OwedByDate =>
        DateOnly.TryParseExact(_owedBy, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    private void Reset()
    {
        _owed.Clear();
        _owedBy = "";
        _applicant.Clear();
        _submitted.Clear();
        _files.Clear();
        _errors = [];
        _licences = [];
        _listedUntil = null;
        _selection = null;
        _materials = [];
        _result = null;
        _deliverEachResult = false;
    }
}
