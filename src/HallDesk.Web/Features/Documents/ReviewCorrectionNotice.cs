using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// 审查期间补正材料通知书: after acceptance, a department's review needs material (行政许可法 §34(1) and the item's own law).
/// It is not the window's one-time notice (§32(1)(4)): it goes out in the department's name, lists only what that
/// department asked for, and says whose review waits and that the waiting time is not counted.
/// </summary>
internal static class ReviewCorrectionNotice
{
    public const string Title = "审查期间补正材料通知书";

    public static void Render(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        var task = c.Tasks.Where(t => t.Status == ReviewStatus.Returned && (ctx.Department is null || t.DepartmentCode == ctx.Department.Code))
            .MaxBy(t => t.DecidedAt);
        var departmentName = task?.DepartmentName ?? ctx.Department?.Name ?? ctx.HallName;
        var items = c.Items.Where(i => task is null || task.Covers(i.Code)).ToList();
        var basis = string.Join("、", items.Select(i => ctx.LegalBases?.GetValueOrDefault(i.Code)).OfType<string>().Where(b => b.Length > 0).Distinct());
        var ground = basis.Length > 0 ? $"{LegalGrounds.Review}和{basis}" : LegalGrounds.Review;
        var waiting = c.Tasks.Where(t => t != task && t.Status == ReviewStatus.Pending && t.CorrectionSince is not null).Select(t => t.DepartmentName).Distinct().ToList();
        var working = c.Tasks.Where(t => t != task && t.Status == ReviewStatus.Pending && t.CorrectionSince is null).Select(t => t.DepartmentName).Distinct().ToList();

        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        pdf.Text($"　　你（单位）申请的“{string.Join("、", items.Select(i => i.Name))}”（办件编号 {c.CaseNumber}）已于" +
            $"{c.AcceptedOn:yyyy年M月d日}受理。本机关依照{ground}的规定对申请材料进行审查，审查中需要你（单位）补正下列材料。" +
            "请补正后携带本通知书到统一受理窗口提交。", 11.5);
        pdf.Table(["序号", "需补正的材料", "形式及份数", "提出部门"], [0.6, 5.4, 1.6, 2.4],
            c.Materials.Where(m => !m.Satisfied && m.Required && m.Source == departmentName)
                .Select((m, i) => (IReadOnlyList<string>)[$"{i + 1}", m.Name, $"{m.Form}×{m.Copies}", departmentName]));
        var others = (working.Count > 0 ? $"{string.Join("、", working)}的审查不受本次补正影响，继续进行。" : "")
            + (waiting.Count > 0 ? $"{string.Join("、", waiting)}的审查同时等待本次补正材料，其审查期限一并中止计算。" : "");
        pdf.Text($"　　自本通知书作出之日起至你（单位）提交补正材料之日止，{departmentName}对上述事项的审查期限中止计算，" +
            "补正所需时间不计入办理期限（受理通知书所载承诺办结日期相应顺延）。" + others, 11.5);
        CaseDocuments.Facts(pdf, c, ctx);
        CaseDocuments.Links(pdf, c, ctx, withEvaluation: false);
        pdf.SignatureBlock("申请人（代理人）签收：", $"{ctx.Department?.Name ?? departmentName}（印章）", CaseDocuments.Today(ctx));
    }
}
