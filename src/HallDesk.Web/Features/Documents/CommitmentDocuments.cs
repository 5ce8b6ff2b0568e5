using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// The documents of 告知承诺制: the 告知承诺书 the applicant signs at the window, and the 撤销行政许可决定书 the
/// department issues when its 事后核查 finds the commitment untrue.
/// </summary>
public static class CommitmentDocuments
{
    public const string PledgeTitle = "告知承诺书";
    public const string RevocationTitle = "撤销行政许可决定书";
    public const int DefaultCheckDays = 40;
    public const int DefaultListMonths = 36;

    /// <summary>The State Council's rules for 告知承诺制, on which both documents rest.</summary>
    public const string PolicyBasis = "《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）";

    /// <summary>The ground of revoking a licence obtained by a false commitment.</summary>
    public const string RevocationBasis = "《中华人民共和国行政许可法》第六十九条第二款";

    /// <summary>The department's full name as it issues a decision: 区市场监督管理局 → 牡丹江市爱民区市场监督管理局.</summary>
    public static string Issuer(string departmentName) => departmentName.StartsWith('区') ? "牡丹江市爱民" + departmentName : departmentName;

    internal static void Pledge(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        var items = c.Items.Where(i => i.ByCommitment).ToList();
        pdf.Heading("一、行政机关告知", 2, 12, after: 2);
        pdf.Text($"　　根据{PolicyBasis}，申请人“{c.ApplicantName}”申请下列事项时，可以书面承诺已经符合许可条件、标准和要求，" +
            "以承诺代替相关证明材料及实质审查，当场办结。审查部门将依法对承诺内容进行事后核查。", 11.5);
        pdf.Table(["序号", "申请事项", "审查部门", "许可条件及法律依据"], [0.6, 3, 2.2, 4.2],
            items.Select((i, n) => (IReadOnlyList<string>)[$"{n + 1}", i.Name, i.DepartmentName,
                "符合" + (ctx.LegalBases?.GetValueOrDefault(i.Code) is { Length: > 0 } basis ? basis : "法律、法规") + "规定的条件、标准和技术要求"]));
        pdf.Heading("二、申请人承诺", 2, 12, after: 2);
        pdf.Text("　　1．已经知晓行政机关告知的全部内容；2．自身已经符合行政机关告知的条件、标准和技术要求；" +
            "3．所填写的信息和提交的材料真实、准确、合法、有效；4．能够在约定期限内提交行政机关告知的相关材料；" +
            $"5．同意审查部门自办结之日起{ctx.CommitmentCheckDays}个工作日内进行事后核查，并予以配合；6．愿意承担不实承诺的法律责任。", 11.5);
        pdf.Heading("三、不实承诺的后果", 2, 12, after: 2);
        pdf.Text($"　　经核查发现承诺不实的，审查部门依据{RevocationBasis}的规定撤销准予许可决定，申请人依法承担相应法律责任；" +
            $"不实承诺记入本区失信承诺名单，自记入之日起{ctx.BrokenCommitmentMonths}个月内不得适用告知承诺制。", 11.5);
        CaseDocuments.Facts(pdf, c, ctx);
        pdf.Text("　　本承诺书一式两份，申请人和受理窗口各执一份，随办件归档。", 11.5);
        pdf.SignatureBlock("申请人（法定代表人、代理人）签字：", $"{ctx.HallName}（受理专用章）", CaseDocuments.Today(ctx));
    }

    internal static void Revocation(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        var check = ctx.Check ?? throw new InvalidOperationException("A 撤销决定书 needs its 事后核查.");
        var department = ctx.Department ?? DepartmentSeal.Unknown(check.DepartmentCode, Issuer(check.DepartmentName));
        var until = ctx.IssuedOn.AddMonths(ctx.BrokenCommitmentMonths);
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        pdf.Text($"　　你（单位）于{CaseDocuments.Day(c.AcceptedAt ?? c.ReceivedAt)}以告知承诺方式申请的“{check.ItemNames}”（办件编号 {c.CaseNumber}），" +
            $"本机关已当场作出准予许可决定。经事后核查，你（单位）作出的承诺与实际情况不符：{check.Findings}", 11.5);
        pdf.Text($"　　根据{RevocationBasis}和{PolicyBasis}的规定，本机关决定撤销上述准予许可决定，相关许可证件自本决定送达之日起作废。" +
            $"你（单位）已记入本区失信承诺名单，{until:yyyy年M月d日}前不得适用告知承诺制。", 11.5);
        pdf.Text("　　" + LegalGrounds.Remedies([department]), 11.5);
        CaseDocuments.Facts(pdf, c, ctx);
        pdf.SignatureBlock("受送达人签收：", $"{department.Name}（印章）", CaseDocuments.Today(ctx));
    }
}
