using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>The applicants and items of the demo catalog the document tests take in, through the real intake.</summary>
internal static class DocumentCases
{
    /// <summary>户外招牌设置审批, 区城市管理和综合执法局 (cg), 3 working days.</summary>
    public const string Signboard = "23100400CG-XK-0001";

    /// <summary>个体工商户设立登记, 即办.</summary>
    public const string SoleTrader = "23100400SJ-XK-0002";

    /// <summary>开办餐饮店: five items, four departments.</summary>
    public const string Restaurant = "YJS-0002";

    public static readonly string[] SignboardMaterials = ["application-hwzp", "signboard-design"];

    public static readonly string[] RestaurantMaterials =
    [
        "id-card", "legal-rep-id", "application-gtgs", "application-spjy", "equipment-layout-spjy", "food-safety-rules-spjy", "application-hwzp", "signboard-design",
        "application-xfjc", "commitment-xfjc", "fire-safety-rules", "application-ps", "drainage-plan",
    ];

    /// <summary>牡丹江鸿福餐饮管理有限公司 holds a 营业执照 in the demo 电子证照 table.</summary>
    public static readonly Applicant Hongfu = new(ApplicantKind.Organisation, "牡丹江鸿福餐饮管理有限公司", "91231004MA72K3QX5M", "13987654321", "马文斌", null);

    public static readonly Applicant Zhang = new(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null);

    public static async Task<TakeInApplication.Result> TakeInAsync(HallDeskFactory factory, Applicant applicant, string subject, string[] submitted,
        IntakeDecision decision = IntakeDecision.Accept, string? reason = null, string? basis = null) =>
        await factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, subject, submitted, decision, reason, basis), await factory.ActorAsync("clerk1"));

    /// <summary>出件 to the applicant in person, who shows the ID document the case was taken in with.</summary>
    public static async Task<Collector> ApplicantCollectsAsync(HallDeskFactory factory, string caseNumber) =>
        Collector.Applicant((await LoadAsync(factory, caseNumber)).ApplicantIdNumber[^4..]);

    public static async Task<Case> LoadAsync(HallDeskFactory factory, string caseNumber)
    {
        await using var db = await factory.DbAsync();
        return await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == caseNumber);
    }

    /// <summary>The documents archived for a case, in the order they were issued.</summary>
    public static async Task<IReadOnlyList<IssuedDocument>> DocumentsAsync(HallDeskFactory factory, string caseNumber)
    {
        await using var db = await factory.DbAsync();
        return await db.IssuedDocuments.AsNoTracking().Where(d => d.CaseNumber == caseNumber).OrderBy(d => d.Id).ToListAsync();
    }

    public static async Task<IssuedDocument> DocumentAsync(HallDeskFactory factory, long id)
    {
        await using var db = await factory.DbAsync();
        return await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.Id == id);
    }
}
