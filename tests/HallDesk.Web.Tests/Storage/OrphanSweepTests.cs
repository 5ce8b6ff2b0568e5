using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Storage;

/// <summary>
/// Files kept for a form never sent are named by no row: after Storage:OrphanHours the sweep deletes them, audited as a
/// count; a file a case names, or a recent one, stays.
/// </summary>
public sealed class OrphanSweepTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public OrphanSweepTests(HallDeskFactory factory) => _factory = factory;

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Sweep_DeletesOldUnnamedFiles_KeepsNamedAndRecentOnes_AndAuditsTheCount()
    {
        var store = _factory.Get<FileStore>();
        var named = await KeepAsync(store);
        await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials, IntakeDecision.Accept,
                Files: [new AttachedFile("signboard-design", "招牌设计图.pdf", named, 100, "application/pdf")]),
            await _factory.ActorAsync("clerk1"));
        var abandoned = await KeepAsync(store);
        var recent = await KeepAsync(store);
        File.SetLastWriteTimeUtc(store.PathOf(named), Now.AddHours(-48));
        File.SetLastWriteTimeUtc(store.PathOf(abandoned), Now.AddHours(-25));
        File.SetLastWriteTimeUtc(store.PathOf(recent), Now.AddHours(-23));

        var deleted = await _factory.Get<SweepOrphanFiles>().RunAsync();

        Assert.True(deleted >= 1);
        Assert.False(store.Exists(abandoned));
        Assert.True(store.Exists(named));
        Assert.True(store.Exists(recent));
        await using var db = await _factory.DbAsync();
        var line = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync(e => e.Action == "files.orphans-swept");
        Assert.Contains($"删除无引用文件 {deleted} 个", line.Details);
    }

    [Fact]
    public async Task KeepingTheSameContentAgain_MakesItYoungAgain_SoTheFormThatKeptItKeepsIt()
    {
        var store = _factory.Get<FileStore>();
        var bytes = SampleFiles.Pdf(Guid.NewGuid().ToString("N"));
        var sha = await KeepAsync(store, bytes);
        File.SetLastWriteTimeUtc(store.PathOf(sha), Now.AddHours(-30));

        await KeepAsync(store, bytes);
        await _factory.Get<SweepOrphanFiles>().RunAsync();

        Assert.True(store.Exists(sha));
    }

    private static async Task<string> KeepAsync(FileStore store, byte[]? bytes = null)
    {
        using var staged = await store.StageAsync(new MemoryStream(bytes ?? SampleFiles.Pdf(Guid.NewGuid().ToString("N"))), FileStore.MaxFileBytes);
        staged.Keep();
        return staged.Sha256;
    }
}
