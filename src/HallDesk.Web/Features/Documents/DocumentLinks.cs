namespace HallDesk.Web.Features.Documents;

/// <summary>The public addresses printed as QR codes (Documents:PublicBaseUrl).</summary>
public sealed class DocumentLinks(IConfiguration configuration)
{
    public string BaseUrl { get; } = (configuration["Documents:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://localhost:5125").TrimEnd('/');

    public string Progress(string caseNumber) => $"{BaseUrl}/progress?case={Uri.EscapeDataString(caseNumber)}";

    public string Evaluation(string token) => $"{BaseUrl}/evaluate/{Uri.EscapeDataString(token)}";

    public string Board(string hall) => $"{BaseUrl}/board/{Uri.EscapeDataString(hall)}";

    /// <summary>A ticket's personal live page (people ahead, the estimate, the counter when called).</summary>
    public string TicketPage(string token) => $"{BaseUrl}/t/{Uri.EscapeDataString(token)}";
}
