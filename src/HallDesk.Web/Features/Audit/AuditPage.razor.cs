using System.Globalization;
using HallDesk.Data;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace HallDesk.Web.Features.Audit;

/// <summary>审计日志: filter by person, action, target, days and outcome; the hash chain's check; the filtered log as CSV.</summary>
public partial class AuditPage
{
    private const int PageSize = 50;
    private AuditRows _page = new([], 0);
    private AuditChainCheck? _check;
    private AuditFilter _filter = new();
    private int _pageIndex;
    private string _person = "";
    private string _action = "";
    private string _target = "";
    private string _from = "";
    private string _to = "";
    private string _outcome = "";
    private string? _error;
    private bool _verifying;
    private bool _interactive;

    [Inject] private AuditQueries Queries { get; set; } = default!;
    [Inject] private IStringLocalizer<Strings> Text { get; set; } = default!;

    private string ExportHref => "admin/audit/export.csv" + (_filter.Query() is { Length: > 0 } q ? "?" + q : "");

    protected override async Task OnInitializedAsync()
    {
        _page = await Queries.SearchAsync(_filter, 0, PageSize);
        _check = await Queries.VerifyAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task SearchAsync()
    {
        if (!TryDate(_from, out var from) || !TryDate(_to, out var to))
        {
            _error = Text["Audit.BadDate"];
            return;
        }

        _error = null;
        _filter = new AuditFilter(_person, _action, _target, from, to, _outcome);
        _pageIndex = 0;
        _page = await Queries.SearchAsync(_filter, 0, PageSize);
    }

    private async Task GoAsync(int delta)
    {
        _pageIndex = Math.Max(0, _pageIndex + delta);
        _page = await Queries.SearchAsync(_filter, _pageIndex, PageSize);
    }

    private async Task VerifyAsync()
    {
        _verifying = true;
        try
        {
            _check = await Queries.VerifyAsync();
        }
        finally
        {
            _verifying = false;
        }
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }
}
