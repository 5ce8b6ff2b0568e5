using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Applicants;
using HallDesk.Domain.Cases;
using HallDesk.Domain.People;
using PdfSharp.Drawing;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// What every case document prints besides the case: who issues it, its number, the day, the links; and whether this is
/// the staff copy, on which the citizen's evaluation token is masked and its QR code left out.
/// </summary>
public sealed record DocumentContext(string HallName, string ContactPhone, string Number, DateOnly IssuedOn, DocumentLinks Links, bool StaffCopy = false)
{
    /// <summary>The 事后核查 a 撤销决定书 rests on.</summary>
    public CommitmentCheck? Check { get; init; }

    /// <summary>The legal basis of the items a 告知承诺书 covers, by item code.</summary>
    public IReadOnlyDictionary<string, string>? LegalBases { get; init; }

    /// <summary>Working days the department has for its 事后核查 (<c>Review:CommitmentCheckDays</c>).</summary>
    public int CommitmentCheckDays { get; init; } = CommitmentDocuments.DefaultCheckDays;

    /// <summary>Months a broken commitment stays on the 失信承诺 list (<c>Review:BrokenCommitmentMonths</c>).</summary>
    public int BrokenCommitmentMonths { get; init; } = CommitmentDocuments.DefaultListMonths;

    /// <summary>The department a decision (准予/不予许可, 撤销) is issued by, in its own name and 文号 series.</summary>
    public DepartmentSeal? Department { get; init; }

    /// <summary>The documents a 送达回证 delivers, with their 文号.</summary>
    public IReadOnlyList<DeliveredDocument> Delivers { get; init; } = [];

    /// <summary>The case's departments by code: the 复议机关 and court an adverse document names.</summary>
    public IReadOnlyDictionary<string, DepartmentSeal> Departments { get; init; } = new Dictionary<string, DepartmentSeal>();

    /// <summary>The seal of each department of the case (by its items), the catalog's when it has one.</summary>
    public IReadOnlyList<DepartmentSeal> SealsOf(Case c) =>
        c.Items.Select(i => (i.DepartmentCode, i.DepartmentName)).Distinct()
            .Select(d => Departments.GetValueOrDefault(d.DepartmentCode) ?? DepartmentSeal.Unknown(d.DepartmentCode, d.DepartmentName)).ToList();
}

/// <summary>A document named on the 送达回证: its title and 文号.</summary>
public sealed record DeliveredDocument(string Title, string Number);

/// <summary>The documents of the loop, A4, in the usual form of a Chinese administrative notice.</summary>
public static class CaseDocuments
{
    public static string Title(DocumentKind kind, Case c, string? departmentCode = null) => kind switch
    {
        DocumentKind.Acceptance => "受理通知书",
        DocumentKind.Correction => "补正材料通知书",
        DocumentKind.Rejection => "不予受理通知书",
        DocumentKind.Suspension => "特别程序告知书",
        DocumentKind.Decision => OutcomeOf(c, departmentCode) switch
        {
            CaseOutcome.Approved => "准予许可决定书",
            CaseOutcome.Denied => "不予许可决定书",
            _ => "行政许可决定书",
        },
        DocumentKind.DeliveryReceipt => "送达回证",
        DocumentKind.CommitmentPledge => CommitmentDocuments.PledgeTitle,
        DocumentKind.Revocation => CommitmentDocuments.RevocationTitle,
        DocumentKind.ReviewCorrection => ReviewCorrectionNotice.Title,
        _ => kind.ToString(),
    };

    /// <summary>Whether the citizen's copy of this kind carries the evaluation token (and so staff get a masked copy).</summary>
    public static bool CarriesToken(DocumentKind kind, Case c) =>
        kind is DocumentKind.Acceptance or DocumentKind.Decision or DocumentKind.Rejection && c.EvaluationToken.Length > 0;

    /// <summary>The outcome of one department's part (all its tasks approved, all denied, or some of each), or of the case.</summary>
    public static CaseOutcome OutcomeOf(Case c, string? departmentCode)
    {
        if (departmentCode is null)
        {
            return c.Outcome;
        }

        var tasks = c.Tasks.Where(t => t.DepartmentCode == departmentCode).ToList();
        return tasks.Count > 0 && tasks.All(t => t.Status == ReviewStatus.Approved) ? CaseOutcome.Approved
            : tasks.Count > 0 && tasks.All(t => t.Status == ReviewStatus.Denied) ? CaseOutcome.Denied
            : tasks.Count > 0 ? CaseOutcome.PartlyApproved : c.Outcome;
    }

    public static RenderedPdf Render(DocumentKind kind, Case c, DocumentContext ctx, FontSet fonts)
    {
        var title = Title(kind, c, ctx.Department?.Code);
        using var pdf = PdfComposer.A4(fonts, title);
        Header(pdf, title, ctx);
        switch (kind)
        {
            case DocumentKind.Acceptance:
                Acceptance(pdf, c, ctx);
                break;
            case DocumentKind.Correction:
                Correction(pdf, c, ctx);
                break;
            case DocumentKind.Rejection:
                Rejection(pdf, c, ctx);
                break;
            case DocumentKind.Suspension:
                Suspension(pdf, c, ctx);
                break;
            case DocumentKind.Decision:
                Decision(pdf, c, ctx);
                break;
            case DocumentKind.DeliveryReceipt:
                Delivery(pdf, c, ctx);
                break;
            case DocumentKind.CommitmentPledge:
                CommitmentDocuments.Pledge(pdf, c, ctx);
                break;
            case DocumentKind.Revocation:
                CommitmentDocuments.Revocation(pdf, c, ctx);
                break;
            case DocumentKind.ReviewCorrection:
                ReviewCorrectionNotice.Render(pdf, c, ctx);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }

        return pdf.Finish($"{Issuer(ctx)}　{ctx.Number}");
    }

    /// <summary>Who issues: the department for its decisions, the hall's 受理 window for the rest.</summary>
    internal static string Issuer(DocumentContext ctx) =>
        ctx.Department?.Name ?? (ctx.Check is { } check ? CommitmentDocuments.Issuer(check.DepartmentName) : ctx.HallName);

    private static void Header(PdfComposer pdf, string title, DocumentContext ctx)
    {
        pdf.Text(Issuer(ctx), 13, align: XStringAlignment.Center, after: 2);
        pdf.Heading(title, 1, 20, align: XStringAlignment.Center, after: 2);
        pdf.Text(ctx.Number, 10.5, align: XStringAlignment.Center, after: 8);
    }

    /// <summary>The mark of a promised date counted through a year whose holidays were not yet published.</summary>
    public const string WeekendsOnlyMark = "（节假日安排未发布，按周末计算）";

    private static string WeekendsOnly(Case c) => c.PromisedOnWeekendsOnly ? WeekendsOnlyMark : "";

    private static void Acceptance(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        var owed = c.Materials.Where(m => m.OwedBy is not null).ToList();
        var complete = owed.Count == 0 ? "申请材料齐全、符合法定形式" : "主要申请材料齐全、符合法定形式，申请人已书面承诺限期补齐容缺材料";
        pdf.Text($"　　你（单位）于{Day(c.ReceivedAt)}提出的“{c.SubjectName}”申请，经审查，{complete}。" +
            $"根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，决定予以受理，承诺于{c.PromisedDate:yyyy年M月d日}{WeekendsOnly(c)}前办结" +
            "（按工作日计算，法定节假日不计入，特别程序及补正所需时间不计入办理期限）。", 11.5);
        Facts(pdf, c, ctx);
        pdf.Heading("已收材料", 2, 12, after: 2);
        pdf.Table(["序号", "材料名称", "形式及份数", "提交方式"], [0.6, 5, 1.6, 2.2],
            c.Materials.Where(m => m.Satisfied && m.OwedBy is null).Select((m, i) => (IReadOnlyList<string>)[$"{i + 1}", m.Name, $"{m.Form}×{m.Copies}", How(m)]));
        if (owed.Count > 0)
        {
            // 容缺受理: what is owed by when, on the promise the applicant signs with this notice.
            pdf.Heading("容缺材料（申请人书面承诺限期补齐）", 2, 12, after: 2);
            pdf.Table(["序号", "容缺材料", "形式及份数", "承诺补齐期限"], [0.6, 5, 1.6, 2.2],
                owed.Select((m, i) => (IReadOnlyList<string>)[$"{i + 1}", m.Name, $"{m.Form}×{m.Copies}", $"{m.OwedBy:yyyy年M月d日}前"]));
            pdf.Text("　　本人承诺在上述期限内到统一受理窗口补齐容缺材料；容缺材料补齐前，审查部门不作出准予许可决定；" +
                "逾期未补齐的，依法作出不予许可决定，由此产生的后果由申请人承担。", 11.5);
        }

        Links(pdf, c, ctx, withEvaluation: true);
        pdf.SignatureBlock("申请人（代理人）签收：", $"{ctx.HallName}（受理专用章）", Today(ctx));
    }

    private static void Correction(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        pdf.Text($"　　你（单位）提出的“{c.SubjectName}”申请（办件编号 {c.CaseNumber}），申请材料不齐全或者不符合法定形式。" +
            "根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知需要补正的全部内容如下。" +
            "请补正后携带本通知书到统一受理窗口提交；补正期间不计入办理期限。", 11.5);
        pdf.Table(["序号", "需补正的材料", "要求", "说明"], [0.6, 5, 1.6, 2.2],
            c.Materials.Where(m => m.Required && !m.Satisfied)
                .Select((m, i) => (IReadOnlyList<string>)[$"{i + 1}", m.Name, $"{m.Form}×{m.Copies}", m.Source is null ? "必要材料" : $"{m.Source}要求补正"]));
        Facts(pdf, c, ctx);
        Links(pdf, c, ctx, withEvaluation: false);
        pdf.SignatureBlock("申请人（代理人）签收：", $"{ctx.HallName}（受理专用章）", Today(ctx));
    }

    private static void Rejection(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        var ground = LegalGrounds.Reason(c.RejectGround);
        pdf.Text($"　　你（单位）于{Day(c.ReceivedAt)}提出的“{c.SubjectName}”申请，经审查，{ground}" +
            $"根据{c.RejectLegalBasis}的规定，决定不予受理。", 11.5);
        var rows = new List<(string, string)> { ("不予受理理由", c.RejectReason ?? ""), ("法律依据", c.RejectLegalBasis ?? "") };
        if (c.RejectApplyTo is { Length: > 0 } body)
        {
            rows.Add(("请向以下机关申请", body));
        }

        pdf.KeyValues(rows);
        if (c.RejectGround == RejectionGround.FalseInformation)
        {
            pdf.Text("　　申请事项属于直接关系公共安全、人身健康、生命财产安全事项的，申请人在一年内不得再次申请该行政许可。", 11.5);
        }

        pdf.Text("　　" + LegalGrounds.Remedies(ctx.SealsOf(c)), 11.5);
        Facts(pdf, c, ctx);
        Links(pdf, c, ctx, withEvaluation: true);
        pdf.SignatureBlock("申请人（代理人）签收：", $"{ctx.HallName}（受理专用章）", Today(ctx));
    }

    private static void Suspension(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        var suspended = c.Tasks.Where(t => t.IsSuspended).ToList();
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        pdf.Text($"　　你（单位）申请的“{c.SubjectName}”（办件编号 {c.CaseNumber}）在审查中需要履行下列特别程序。" +
            "根据《中华人民共和国行政许可法》第四十五条的规定，特别程序所需时间不计算在办理期限内，办结期限相应顺延，特此告知。" +
            "特别程序不计入办理期限的时间以下表所列最长期限为限，超过的部分照常计入办理期限，确需延长的须经大厅负责人批准。", 11.5);
        pdf.Table(["审查部门", "审查事项", "特别程序类别及理由", "最长期限", "开始日期"], [2, 2.6, 3, 1.4, 1.4],
            suspended.Select(t => (IReadOnlyList<string>)[t.DepartmentName, t.ItemNames,
                (t.SuspendKind is { } kind ? Texts.Label(kind, Texts.Chinese) + "：" : "") + (t.SuspendReason ?? ""),
                $"{t.SuspensionDaysLeft}个工作日", $"{t.SuspendedSince:yyyy-MM-dd}"]));
        Facts(pdf, c, ctx);
        Links(pdf, c, ctx, withEvaluation: false);
        pdf.SignatureBlock("", $"{ctx.HallName}（审批专用章）", Today(ctx));
    }

    private static void Decision(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        if (ctx.Department is { } department)
        {
            DepartmentDecisions.Render(pdf, c, ctx, department);
            return;
        }

        // A decision archived before departments issued their own: the whole case, in the hall's name.
        pdf.Text($"{c.ApplicantName}：", 11.5, after: 2);
        var verdict = c.Outcome switch
        {
            CaseOutcome.Approved => "符合法定条件、标准，决定准予许可。",
            CaseOutcome.Denied => "不符合法定条件、标准，决定不予许可，理由见下表。",
            _ => "经各审查部门并联审查，决定如下表所列。",
        };
        pdf.Text($"　　你（单位）于{Day(c.AcceptedAt ?? c.ReceivedAt)}申请的“{c.SubjectName}”（办件编号 {c.CaseNumber}），经审查，{verdict}", 11.5);
        pdf.Table(["审查部门", "审查事项", "决定", "审查意见"], [2.2, 3, 1.2, 3.6],
            c.Tasks.Select(t => (IReadOnlyList<string>)[t.DepartmentName, t.ItemNames, Texts.Label(t.Status, Texts.Chinese), t.Opinion ?? ""]));
        if (c.Outcome != CaseOutcome.Approved)
        {
            pdf.Text("　　" + LegalGrounds.Remedies(ctx.SealsOf(c)), 11.5);
        }

        Facts(pdf, c, ctx);
        Links(pdf, c, ctx, withEvaluation: true);
        pdf.SignatureBlock("", $"{ctx.HallName}（审批专用章）", Today(ctx));
    }

    private static void Delivery(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        // 分阶段出件: a handover before the case concluded covers the stages concluded so far.
        var byStage = c.Status != CaseStatus.Delivered && c.HandedOverStage > 0
            ? c.Events.LastOrDefault(e => e.Action == CaseJournal.StageResultsHandedOver)
            : null;
        var mailed = byStage is null && c.DeliveryMethod == DeliveryMethod.Mail;
        var what = byStage is not null
            ? $"{c.SubjectName}第{c.HandedOverStage}阶段办理结果（{string.Join("、", c.Items.Where(i => i.Stage <= c.HandedOverStage).Select(i => i.Name))}）"
            : ctx.Delivers.Count > 0 ? string.Join("；", ctx.Delivers.Select(d => $"{d.Title}（{d.Number}）"))
            : $"{c.SubjectName}办理结果（{Outcome(c.Outcome)}）";
        var at = byStage?.At ?? c.DeliveredAt;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "送达文书及文号", what },
            new[] { "办件编号", c.CaseNumber },
            new[] { "受送达人", c.ApplicantName },
            new[] { "送达方式", mailed ? "邮寄送达" : "直接送达（统一出件窗口领取）" },
        };
        if (mailed)
        {
            rows.Add(["邮寄单位", c.MailCarrier ?? ""]);
            rows.Add(["邮件单号", c.MailTrackingNumber ?? ""]);
            // The address is free text: whatever phone number the clerk typed into it is masked with the rest.
            rows.Add(["收件地址", PersonalDataMask.Address(c.MailAddress)]);
        }

        rows.Add(["签收日期", at is { } time ? Local(time).ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : ""]);
        rows.Add(mailed ? ["签收人", "以邮政投递签收记录为准"]
            : c.CollectedBy == CollectorKind.Proxy ? ["代收人", CaseJournal.Signer(c.CollectedBy, c.CollectorName, c.CollectorRelation)]
            : ["签收人", c.CollectedBy == CollectorKind.None ? "" : CaseJournal.Signer(c.CollectedBy, c.CollectorName, null, c.ApplicantKind == ApplicantKind.Organisation)]);
        rows.Add(["送达人", byStage?.Actor ?? c.Events.LastOrDefault(e => e.Action.EndsWith("送达", StringComparison.Ordinal))?.Actor ?? c.ClerkName]);
        pdf.Table(["项目", "内容"], [2, 8], rows, 11);
        pdf.SignatureBlock(mailed ? "" : (c.CollectedBy == CollectorKind.Proxy ? "代收人签收：" : "签收人签收："), $"{ctx.HallName}（出件专用章）", Today(ctx),
            signature: !mailed);
    }

    internal static void Facts(PdfComposer pdf, Case c, DocumentContext ctx)
    {
        var id = c.ApplicantKind == ApplicantKind.Person ? IdNumber.Mask(c.ApplicantIdNumber)
            : c.ApplicantIdNumber is { Length: > 0 } code ? code : "设立登记后赋码";
        var agent = c.AgentName is { } name ? new[] { ("代理人", name + (c.AgentIdNumber is { } agentId ? $"（身份证号码 {IdNumber.Mask(agentId)}）" : "")) } : [];
        pdf.KeyValues(
        [
            ("办件编号", c.CaseNumber),
            ("申请人", c.ApplicantName + (c.LegalRepresentative is { } rep ? $"（法定代表人：{rep}）" : "")),
            (c.ApplicantKind == ApplicantKind.Person ? "身份证号码" : "统一社会信用代码", id),
            .. agent,
            ("联系电话", PersonalDataMask.Phone(c.ApplicantPhone)),
            (c.IsBundle ? "一件事" : "申请事项", c.IsBundle ? $"{c.SubjectName}（{string.Join("、", c.Items.Select(i => i.Name))}）" : c.SubjectName),
            ("审查部门", string.Join("、", c.Items.Select(i => i.DepartmentName).Distinct())),
            ("受理日期", c.AcceptedOn?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "—"),
            ("承诺办结日期", c.PromisedDate is { } promised ? promised.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + WeekendsOnly(c) : "—"),
            ("受理人", c.ClerkName),
            ("咨询电话", ctx.ContactPhone),
        ]);
    }

    internal static void Links(PdfComposer pdf, Case c, DocumentContext ctx, bool withEvaluation)
    {
        var evaluation = withEvaluation && c.EvaluationToken.Length > 0;
        if (evaluation && ctx.StaffCopy)
        {
            // The token is the citizen's: whoever holds it (and the phone's last digits) can rate the case.
            pdf.Text("扫描二维码可查询办理进度。【工作人员查阅副本】评价二维码及评价码仅印在申请人所持原件上（评价码 " +
                Mask(c.EvaluationToken) + "）。", 10.5, after: 2);
        }
        else
        {
            pdf.Text("扫描二维码可查询办理进度" + (evaluation ? "、对本次服务进行评价（一事一评）" : "") + "。", 10.5, after: 2);
        }

        if (evaluation && !ctx.StaffCopy)
        {
            pdf.Qr(ctx.Links.Evaluation(c.EvaluationToken), 22, "扫码评价 " + ctx.Links.Evaluation(c.EvaluationToken), xOffsetMm: 34);
        }

        pdf.Qr(ctx.Links.Progress(c.CaseNumber), 22, "扫码查询进度 " + ctx.Links.Progress(c.CaseNumber));
        pdf.Space(37);
    }

    private static string Mask(string token) => new string('*', Math.Max(0, token.Length - 4)) + token[^Math.Min(4, token.Length)..];

    private static string How(CaseMaterial m) => m.State switch
    {
        MaterialState.FromLicence => "电子证照，免提交",
        MaterialState.FromDepartment => "部门共享，免提交",
        MaterialState.FromStage => "前一阶段办结后自动调用电子证照，免提交",
        _ => "已提交",
    };

    private static string Outcome(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Approved => "准予",
        CaseOutcome.Denied => "不予许可",
        CaseOutcome.PartlyApproved => "部分准予",
        _ => "—",
    };

    internal static string Today(DocumentContext ctx) => $"{ctx.IssuedOn:yyyy年M月d日}";

    internal static string Day(DateTime utc) => Local(utc).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static DateTime Local(DateTime utc) =>
        Infrastructure.HallTime.Local(utc);
}
