using PdfSharp.Drawing;

namespace HallDesk.Web.Features.Documents;

/// <summary>The ticket slip for the kiosk's 80 mm thermal printer: no personal data (not even the green channel), only the number and the wait.</summary>
public static class TicketSlip
{
    /// <param name="QrUrl">The ticket's live page (people ahead, the estimate, the counter when called), else the hall's board.</param>
    public sealed record Content(string HallName, string Number, string LineName, int Ahead, int EstimatedWaitMinutes, DateTime IssuedAtLocal, string QrUrl, string DocumentNumber,
        string? AppointmentSlot = null, bool QrIsTicketPage = false);

    public static RenderedPdf Render(Content slip, FontSet fonts)
    {
        using var pdf = PdfComposer.Roll80(fonts, $"号票 {slip.Number}");
        pdf.Text(slip.HallName, 11, bold: true, align: XStringAlignment.Center, after: 2);
        pdf.Text("排 队 号 票", 10, align: XStringAlignment.Center, after: 4);
        pdf.Heading(slip.Number, 1, 40, align: XStringAlignment.Center, after: 2);
        pdf.Text(slip.LineName, 12, align: XStringAlignment.Center, after: slip.AppointmentSlot is null ? 4 : 1);
        if (slip.AppointmentSlot is { } slot)
        {
            // Appointments go before walk-ins: the slip says so, as the board and the counter do.
            pdf.Text($"预约 {slot}", 12, bold: true, align: XStringAlignment.Center, after: 4);
        }

        pdf.Rule();
        pdf.Text($"您前面还有 {slip.Ahead} 人，预计等候约 {slip.EstimatedWaitMinutes} 分钟", 9.5, after: 1);
        pdf.Text($"取号时间：{slip.IssuedAtLocal:yyyy-MM-dd HH:mm}", 9.5, after: 1);
        pdf.Text("请留意大屏叫号和语音播报，过号请到窗口说明。免费帮办代办，办件结果可免费邮寄。", 9, after: 2);
        pdf.Qr(slip.QrUrl, 22, slip.QrIsTicketPage ? "扫码查看排队进度" : "扫码查看叫号大屏", xOffsetMm: 24);
        pdf.Space(32);
        return pdf.Finish(slip.DocumentNumber);
    }
}
