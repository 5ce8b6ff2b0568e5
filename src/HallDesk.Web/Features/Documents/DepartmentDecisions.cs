using HallDesk.Domain.Cases;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// 准予/不予许可决定书 of one department, in its own name (行政许可法 §38): an approval rests on the item's law (or, under
/// 告知承诺制, on the applicant's commitment and the check to come); a denial states the law, the facts found, and the
/// named 复议机关 and court.
/// </summary>
internal static class DepartmentDecisions
{
    public static void Render(PdfComposer pdf, Case c, DocumentContext ctx, DepartmentSeal department)
    {
        var items = c.Items.Where(i => i.DepartmentCode == department.Code).ToList();
        var tasks = c.Tasks.Where(t => t.DepartmentCode == department.Code).ToList();
        var names = string.Join("、", items.Select(i => i.Name));
        var basis = string.Join("、", items.Select(i => ctx.LegalBases?.GetValueOrDefault(i.Code)).OfType<string>().Where(b => b.Length > 0).Distinct()) is { Length: > 0 } b
            ? b : "法律、法规";
        var facts = string.Join("；", tasks.Select(t => t.Opinion).OfType<string>().Where(o => o.Length > 0)).TrimEnd('。');
        var outcome = CaseDocuments.OutcomeOf(c, department.Code);
        var byCommitment = items.Count > 0 && items.All(i => i.ByCommitment);
        var applied = $"　　你（单位）于{CaseDocuments.Day(c.AcceptedAt ?? c.ReceivedAt)}{(byCommitment ? "以告知承诺方式" : "")}申请的“{names}”（办件编号 {c.CaseNumber}）";
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        switch (outcome)
        {
            case CaseOutcome.Approved when byCommitment:
                pdf.Text($"{applied}，你（单位）已书面承诺符合{basis}规定的条件、标准和技术要求。" +
                    $"根据{LegalGrounds.Approval}和{CommitmentDocuments.PolicyBasis}的规定，本机关依据你（单位）的承诺，决定准予许可。", 11.5);
                pdf.Text($"　　本机关将自本决定作出之日起{ctx.CommitmentCheckDays}个工作日内对你（单位）承诺的内容进行核查。" +
                    $"经核查发现承诺不实的，本机关将依照{CommitmentDocuments.RevocationBasis}的规定撤销本决定，你（单位）依法承担相应法律责任。", 11.5);
                break;
            case CaseOutcome.Approved:
                pdf.Text($"{applied}，经审查，符合{basis}规定的条件、标准。根据{LegalGrounds.Approval}的规定，本机关决定准予许可。", 11.5);
                break;
            case CaseOutcome.Denied:
                pdf.Text($"{applied}，经审查，不符合{basis}规定的条件、标准。" +
                    $"本机关查明的事实及理由：{(facts.Length > 0 ? facts : "见审查意见")}。根据{LegalGrounds.Denial}的规定，本机关决定不予许可。", 11.5);
                break;
            default:
                pdf.Text($"{applied}，经审查，依照{basis}的规定，本机关决定如下表所列；不予许可部分的理由见审查意见（{LegalGrounds.Denial}）。", 11.5);
                break;
        }

        pdf.Table(["审查事项", "决定", "审查意见"], [4, 1.4, 4.6],
            tasks.Select(t => (IReadOnlyList<string>)[t.ItemNames, Texts.Label(t.Status, Texts.Chinese), t.Opinion ?? ""]));
        if (outcome != CaseOutcome.Approved)
        {
            pdf.Text("　　" + LegalGrounds.Remedies([department]), 11.5);
        }

        // Two-step sign-off: the decision names who checked (审核) and who decided (审批).
        var signed = tasks.Where(t => t.RequiresSignOff && t.Checked).ToList();
        if (signed.Count > 0)
        {
            pdf.KeyValues([
                ("审核人", string.Join("、", signed.Select(t => t.CheckedBy).Distinct())),
                ("审批人", string.Join("、", signed.Select(t => t.DecidedBy).Distinct())),
            ]);
        }

        CaseDocuments.Facts(pdf, c, ctx);
        CaseDocuments.Links(pdf, c, ctx, withEvaluation: true);
        pdf.SignatureBlock("", $"{department.Name}（印章）", CaseDocuments.Today(ctx));
    }
}
