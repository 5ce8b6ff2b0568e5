using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Online;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Online;

/// <summary>补正 online: the number and the phone's last four digits (the /progress limit), the clerk's note, the files again, a new SMS code.</summary>
public sealed partial class ApplyCorrectionPage
{
    private readonly StagedUploads _files = new();
    private OnlineApplication? _application;
    private IReadOnlyList<CaseMaterial> _materials = [];
    private string _last4 = "";
    private string? _code;
    private string? _error;
    private bool _busy;
    private ResubmitOnlineApplication.Result? _done;

    [Parameter] public string Code { get; set; } = "";

    [Parameter] public string Number { get; set; } = "";

    [Inject] private OnlineApplicationQueries Queries { get; set; } = default!;
    [Inject] private SecretLimit Secrets { get; set; } = default!;
    [Inject] private CatalogQueries Catalog { get; set; } = default!;
    [Inject] private TakeInApplication Intake { get; set; } = default!;
    [Inject] private ResubmitOnlineApplication Resubmit { get; set; } = default!;
    [Inject] private FileStore Store { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    private async Task FindAsync()
    {
        _error = null;
        var last4 = _last4.Trim();
        var number = Number.Trim().ToUpperInvariant();
        if (last4.Length != 4 || !last4.All(char.IsAsciiDigit))
        {
            _error = L["Apply.Last4"];
            return;
        }

        // The same count as /progress and the API: five misses per number an hour.
        var answer = await Secrets.CheckAsync("case", number, ct => Queries.ForCitizenAsync(number, last4, ct));
        if (answer.RetryAfter is { } retry)
        {
            _error = L["Progress.Blocked", Math.Max(1, (int)Math.Ceiling(retry.TotalMinutes))];
            return;
        }

        _application = answer.Value;
        if (_application is null)
        {
            _error = Texts.Error("Online.NotFound");
            return;
        }

        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        if (_application is not null && await Catalog.SelectAsync(_application.SubjectCode) is { } selection)
        {
            _materials = await Intake.ChecklistAsync(selection, _application.ApplicantIdNumber, _files.Files.Select(f => f.MaterialKey).ToHashSet());
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

    private async Task ResubmitAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            _done = await Resubmit.HandleAsync(_application!.Number, _code, _files, Actor.Anonymous(Address?.Value, "web"));
        }
        catch (Exception ex) when (ex is InputException or Domain.DomainException or NotFoundException)
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
