using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// The articles the documents cite. A 不予受理 rests on a procedural ground of 《行政许可法》, never on the item's own
/// regulation; a 不予许可 on the item's law and the facts found; every adverse document tells the applicant where and
/// within what time to seek 行政复议 or bring 行政诉讼. The README lists them ("Legal grounds").
/// </summary>
public static class LegalGrounds
{
    public const string LicensingLaw = "《中华人民共和国行政许可法》";

    /// <summary>The article of a 不予受理 ground; <see cref="RejectionGround.Other"/> has the clerk's own citation.</summary>
    public static string Citation(RejectionGround ground) => ground switch
    {
        RejectionGround.NotLicensingMatter => LicensingLaw + "第三十二条第一款第（一）项",
        RejectionGround.NotWithinPowers => LicensingLaw + "第三十二条第一款第（二）项",
        RejectionGround.FalseInformation => LicensingLaw + "第七十八条",
        _ => "",
    };

    /// <summary>The reason a ground gives, before the clerk's own words.</summary>
    public static string Reason(RejectionGround ground) => ground switch
    {
        RejectionGround.NotLicensingMatter => "申请事项依法不需要取得行政许可。",
        RejectionGround.NotWithinPowers => "申请事项依法不属于本行政机关职权范围。",
        RejectionGround.FalseInformation => "申请人隐瞒有关情况或者提供虚假材料申请行政许可。",
        _ => "",
    };

    /// <summary>§34(1): the body reviews the materials; a department's 补正 during review rests on it and the item's law.</summary>
    public const string Review = LicensingLaw + "第三十四条第一款";

    /// <summary>§38(1): approval on the legal conditions.</summary>
    public const string Approval = LicensingLaw + "第三十八条第一款";

    /// <summary>§38(2): a denial states its reasons and the remedies.</summary>
    public const string Denial = LicensingLaw + "第三十八条第二款";

    /// <summary>Sixty days for 行政复议 (《行政复议法》第二十条), six months for 行政诉讼 (《行政诉讼法》第四十六条).</summary>
    public const string TimeLimits = "《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条";

    /// <summary>
    /// The remedies of an adverse document: the named 复议机关 and 人民法院 of the departments concerned, with the time
    /// limits. Departments that share their appeal bodies are named once.
    /// </summary>
    public static string Remedies(IEnumerable<DepartmentSeal> departments)
    {
        var groups = departments.GroupBy(d => (d.AppealBody, d.Court)).ToList();
        if (groups.Count <= 1)
        {
            var (appeal, court) = groups.Count == 1 ? groups[0].Key : (DepartmentSeal.DistrictAppealBody, DepartmentSeal.DistrictCourt);
            return $"如不服本决定，可以依照{TimeLimits}的规定，自收到本文书之日起六十日内向{appeal}申请行政复议，" +
                $"或者自收到本文书之日起六个月内向{court}提起行政诉讼。";
        }

        return $"如不服本决定，可以依照{TimeLimits}的规定，自收到本文书之日起六十日内申请行政复议，或者自收到本文书之日起六个月内提起行政诉讼：" +
            string.Join("；", groups.Select(g => $"涉及{string.Join("、", g.Select(d => d.Name))}的，复议机关为{g.Key.AppealBody}，管辖法院为{g.Key.Court}")) + "。";
    }
}
