using System.Security.Cryptography;
using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Issue 15 (the first start): the demo history holds its case documents and draws them on every core when its days
/// are written. Each is numbered and stored with its step, and drawn from that step's case, not from what the case
/// became later.
/// </summary>
public sealed class HeldCaseDocumentsTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public HeldCaseDocumentsTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task HeldDocuments_AreDrawnOnRelease_EachAsItsStepLeftTheCase()
    {
        var archive = _factory.Get<DocumentArchive>();
        archive.Hold();
        string caseNumber;
        try
        {
            var accepted = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
            caseNumber = accepted.CaseNumber;
            var version = (await DocumentCases.LoadAsync(_factory, caseNumber)).Tasks.Single().Version;
            await _factory.Get<DenyReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), caseNumber, version, "招牌遮挡消防通道");

            // Stored with their steps, numbered, not drawn yet.
            var pending = await DocumentCases.DocumentsAsync(_factory, caseNumber);
            Assert.Equal([DocumentKind.Acceptance, DocumentKind.Decision], pending.Select(d => d.Kind));
            Assert.All(pending, d => Assert.Empty(d.Content));
        }
        finally
        {
            Assert.Equal(2, await archive.ReleaseAsync(CancellationToken.None));
        }

        var documents = await DocumentCases.DocumentsAsync(_factory, caseNumber);
        Assert.All(documents, d =>
        {
            Assert.NotEmpty(d.Content);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(d.Content)), d.Sha256);
            Assert.True(d.PageCount >= 1);
            Assert.Contains(d.Number, PdfText.Of(d.Content));
        });

        // The acceptance notice as the window issued it (the case was 已受理 then), with its staff copy beside it.
        var acceptance = documents[0];
        var text = PdfText.Of(acceptance.Content);
        Assert.StartsWith("爱民区政务服务中心受理通知书", text);
        Assert.DoesNotContain("不予许可", text);
        Assert.NotNull(acceptance.StaffContent);
        Assert.Contains("不予许可", PdfText.Of(documents[1].Content));

        // Released: the next step's documents are drawn at once again.
        var next = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        Assert.NotEmpty(Assert.Single(await DocumentCases.DocumentsAsync(_factory, next.CaseNumber)).Content);
    }
}
