using System.Security.Cryptography;
using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Storage;

/// <summary>The content-addressed store: SHA-256 names, type by content, limits, and nothing left by a refused or broken upload.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "halldesk-store-tests", Guid.NewGuid().ToString("N"));
    private readonly FileStore _store;

    public FileStoreTests() => _store = new FileStore(_root);

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("png", "image/png")]
    [InlineData("jpeg", "image/jpeg")]
    public async Task Stage_ThenKeep_StoresUnderItsSha256_WithTheTypeItsBytesSay(string kind, string type)
    {
        var bytes = kind switch { "pdf" => SampleFiles.Pdf(), "png" => SampleFiles.Png(), _ => SampleFiles.Jpeg() };

        using (var staged = await _store.StageAsync(new MemoryStream(bytes), FileStore.MaxFileBytes))
        {
            Assert.Equal(type, staged.ContentType);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), staged.Sha256);
            staged.Keep();
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_store.PathOf(sha)));
        Assert.Equal(sha, Path.GetFileName(_store.PathOf(sha)));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task Stage_TextNamedPdf_Is415_AndLeavesNothing()
    {
        var refused = await Assert.ThrowsAsync<UploadRefusedException>(() => _store.StageAsync(new MemoryStream(SampleFiles.TextNamedPdf()), FileStore.MaxFileBytes));

        Assert.Equal(415, refused.StatusCode);
        Assert.Empty(AllFiles());
    }

    [Fact]
    public async Task Stage_OverTheLimit_Is413NamingTheLimit_AndLeavesNothing()
    {
        var refused = await Assert.ThrowsAsync<UploadRefusedException>(() =>
            _store.StageAsync(new MemoryStream(SampleFiles.PdfOfSize(FileStore.MaxFileBytes + 1)), FileStore.MaxFileBytes));

        Assert.Equal(413, refused.StatusCode);
        Assert.Equal(("Upload.FileTooLarge", 10L), (refused.Text.Key, (long)refused.Text.Args[0]!));
        Assert.Empty(AllFiles());
    }

    [Fact]
    public async Task Stage_InterruptedMidway_LeavesNothingBehind()
    {
        var broken = new BreakingStream(SampleFiles.PdfOfSize(300_000), breakAfter: 200_000);

        await Assert.ThrowsAsync<IOException>(() => _store.StageAsync(broken, FileStore.MaxFileBytes));

        Assert.True(broken.BytesRead > 100_000, "the upload was under way when it broke");
        Assert.Empty(AllFiles());
    }

    [Fact]
    public async Task Stage_NotKept_IsDroppedOnDispose()
    {
        using (await _store.StageAsync(new MemoryStream(SampleFiles.Pdf()), FileStore.MaxFileBytes))
        {
            Assert.Single(TempFiles());
        }

        Assert.Empty(AllFiles());
    }

    [Fact]
    public async Task Keep_SameContentTwice_StoresOneFile()
    {
        foreach (var _ in new[] { 1, 2 })
        {
            using var staged = await _store.StageAsync(new MemoryStream(SampleFiles.Pdf("twice")), FileStore.MaxFileBytes);
            staged.Keep();
        }

        Assert.Single(AllFiles());
    }

    [Theory]
    [InlineData("../../etc/passwd", null)]
    [InlineData("C:\\scans\\平面图.pdf", null)]
    [InlineData("a/b.pdf", null)]
    [InlineData("..", null)]
    [InlineData("营业场所平面图.pdf", "营业场所平面图.pdf")]
    public void SafeName_WithPathCharacters_IsNotKept(string name, string? kept) =>
        Assert.Equal(kept, MaterialFile.SafeName(name));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] AllFiles() => Directory.GetFiles(_root, "*", SearchOption.AllDirectories);

    private string[] TempFiles() => Directory.GetFiles(Path.Combine(_root, "tmp"));

    /// <summary>A client that goes away mid-upload: reads fail after some bytes.</summary>
    private sealed class BreakingStream(byte[] bytes, int breakAfter) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (BytesRead >= breakAfter)
            {
                throw new IOException("The client went away.");
            }

            var n = await base.ReadAsync(buffer[..Math.Min(buffer.Length, 16_384)], cancellationToken);
            BytesRead += n;
            return n;
        }
    }
}
