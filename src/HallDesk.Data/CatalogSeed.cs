using System.Text.Json;
using HallDesk.Domain.Calendar;
using HallDesk.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>
/// Loads the catalog (departments, items, bundles, demo electronic licences) from
/// Data/Seed/catalog.json into an empty database, and the 2026 national holiday schedule into the
/// calendar. The file is data a hall replaces; managers edit the result in the app.
/// </summary>
public static class CatalogSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "catalog.json");

    public static async Task SeedAsync(HallDeskDbContext db, string path, CancellationToken ct = default)
    {
        if (!await db.CalendarDays.AnyAsync(ct))
        {
            db.CalendarDays.AddRange(NationalHolidays.Holidays2026.Select(h => new CalendarDay(h.Day, false, h.Name)));
            db.CalendarDays.AddRange(NationalHolidays.MakeUpWorkdays2026.Select(w => new CalendarDay(w.Day, true, w.Name)));
        }

        if (await db.ServiceItems.AnyAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<CatalogFile>(stream, Json, ct)
            ?? throw new InvalidOperationException($"{path} is empty.");

        var items = file.Items.Select(i => new ServiceItem(
            i.Code, i.Name, i.Pinyin, i.Department, i.Kind, i.LegalDays, i.PromisedDays, i.Fee, i.Instant, i.Commitment, i.LegalBasis,
            i.Materials.Select(m => new MaterialRequirement(m.Key, m.Name, m.Form, m.Copies, m.Required, m.Licence, m.SharedBy)), i.Yields)).ToList();
        foreach (var (row, item) in file.Items.Zip(items))
        {
            if (row.SpecialProcedureDays is { } days)
            {
                item.SetSpecialProcedureDays(days);
            }

            item.SetTwoStepSignOff(row.TwoStepSignOff);
        }

        var bundles = file.Bundles.Select((b, i) => new Bundle(b.Code, b.Name, b.Pinyin, b.Description, b.Items, b.PromisedDays, sortOrder: i + 1,
            stages: b.Stages)).ToList();
        foreach (var bundle in bundles)
        {
            // A file with a bundle that promises less than its slowest item is refused whole: nothing is seeded.
            bundle.EnsurePromiseKept(items);
        }

        db.Departments.AddRange(file.Departments.Select(d =>
        {
            var department = new Department(d.Code, d.Name, d.ShortName,
                d.Kind == PublicServiceEnterprise ? DepartmentKind.PublicServiceEnterprise : DepartmentKind.Government);
            department.SetLegalNames(d.FullName ?? d.Name, d.ShortName, d.AppealBody ?? "", d.Court ?? "");
            return department;
        }));
        db.ServiceItems.AddRange(items);
        db.Bundles.AddRange(bundles);
        db.ElectronicLicences.AddRange(file.Licences.Select(l => new ElectronicLicence
        {
            HolderId = l.Holder,
            HolderName = l.HolderName,
            Type = l.Type,
            Number = l.Number,
            Issuer = l.Issuer,
            ValidUntil = l.ValidUntil,
        }));
        await db.SaveChangesAsync(ct);
    }

    private sealed record CatalogFile(List<DepartmentRow> Departments, List<ItemRow> Items, List<BundleRow> Bundles, List<LicenceRow> Licences);

    /// <summary>A department's kind as the file writes it; anything else is a government department.</summary>
    private const string PublicServiceEnterprise = "公共服务企业";

    /// <param name="AppealBody">复议机关 where it is not the district government (税务, 消防: the body one level up).</param>
    private sealed record DepartmentRow(string Code, string Name, string ShortName, string? Kind, string? FullName, string? AppealBody, string? Court);

    private sealed record ItemRow(string Code, string Name, string Pinyin, string Department, string Kind, int? LegalDays, int PromisedDays,
        string Fee, bool Instant, bool Commitment, string LegalBasis, List<MaterialRow> Materials, string? Yields, int? SpecialProcedureDays = null,
        bool TwoStepSignOff = false);

    private sealed record MaterialRow(string Key, string Name, string Form, int Copies, bool Required, string? Licence, string? SharedBy);

    /// <param name="Stages">Item code → stage (一件事一条链); items not named are in stage 1.</param>
    private sealed record BundleRow(string Code, string Name, string Pinyin, string Description, List<string> Items, int? PromisedDays,
        Dictionary<string, int>? Stages);

    private sealed record LicenceRow(string Holder, string HolderName, string Type, string Number, string Issuer, DateOnly? ValidUntil);
}
