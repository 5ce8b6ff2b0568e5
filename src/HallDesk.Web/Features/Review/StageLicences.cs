using HallDesk.Domain.Applicants;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// A stage's result as an 电子证照: when an item that issues a licence is approved (企业设立登记 → 营业执照), the licence
/// goes into the registry in the same write, and the case's later stages take it instead of a material. A company
/// taken in before it had a credit code gets one here.
/// </summary>
public sealed class StageLicences
{
    /// <summary>爱民区: the registration authority's region in the credit codes it gives, and the issuer's prefix.</summary>
    public const string Region = "231004";

    public const string District = "牡丹江市爱民";

    public async Task RegisterDueAsync(HallDeskDbContext db, Case c, DateTime now, CancellationToken ct)
    {
        foreach (var item in c.LicencesDue)
        {
            var holder = c.ApplicantIdNumber is { Length: > 0 } id ? id : await NewCreditCodeAsync(db, ct);
            var number = item.Yields == LicenceTypes.BusinessLicence ? holder : $"{holder}-{item.Code}";
            db.ElectronicLicences.Add(new ElectronicLicence
            {
                HolderId = holder,
                HolderName = c.ApplicantName,
                Type = item.Yields!,
                Number = number,
                Issuer = District + item.DepartmentName,
            });
            c.RecordLicence(item.Code, number, holder, now);
        }
    }

    /// <summary>The next code of the district's registrations ("MA" and a sequence), with both check characters.</summary>
    private static async Task<string> NewCreditCodeAsync(HallDeskDbContext db, CancellationToken ct)
    {
        var prefix = "91" + Region + "MA";
        var given = await db.ElectronicLicences.Where(l => l.Type == LicenceTypes.BusinessLicence && l.HolderId.StartsWith(prefix))
            .Select(l => l.HolderId).ToListAsync(ct);
        var last = given.Select(h => int.TryParse(h.AsSpan(10, 6), out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return CreditCode.ForNewCompany(Region, last + 1);
    }
}
