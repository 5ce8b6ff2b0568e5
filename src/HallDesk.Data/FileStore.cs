using System.Security.Cryptography;
using HallDesk.Domain;

namespace HallDesk.Data;

/// <summary>
/// Scans and uploads outside the database, in a content-addressed folder (<c>Storage:Path</c>): a file is named by its
/// SHA-256, so one file uploaded twice is stored once and a stored file never changes. An upload is written to a temp
/// file beside the store and moved into place only when the caller keeps it, so a refused or interrupted upload leaves
/// nothing behind. Its type is read from its first bytes (PDF, JPEG, PNG), never from its name.
/// </summary>
public sealed class FileStore
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxApplicationBytes = 50 * 1024 * 1024;

    private const string TempFolder = "tmp";

    public FileStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(Root, TempFolder));
    }

    public string Root { get; }

    /// <summary>
    /// Writes <paramref name="content"/> to a temp file, hashing as it goes. Refused (and nothing left) when the first
    /// bytes are not a PDF, JPEG or PNG (415) or when it grows past <paramref name="maxBytes"/> (413).
    /// </summary>
    public async Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        var temp = Path.Combine(Root, TempFolder, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            string? type = null;
            long size = 0;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                var head = new byte[8];
                var headLength = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (type is null)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                        if (headLength == head.Length)
                        {
                            type = ContentTypeOf(head) ?? throw UploadRefusedException.WrongType();
                        }
                    }

                    size += read;
                    if (size > maxBytes)
                    {
                        throw UploadRefusedException.TooLarge(maxBytes);
                    }

                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                // A file shorter than the signature is no document at all.
                if (type is null)
                {
                    throw UploadRefusedException.WrongType();
                }

                await output.FlushAsync(ct);
            }

            return new StagedFile(this, temp, Convert.ToHexStringLower(sha.GetHashAndReset()), size, type);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Where a stored file lives: two levels of its hash, so no folder grows too large.</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a SHA-256 name.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256);
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Every stored file: its SHA-256 name and when it was last written (or kept again).</summary>
    public IEnumerable<(string Sha256, DateTime WrittenUtc)> StoredFiles()
    {
        foreach (var folder in new DirectoryInfo(Root).EnumerateDirectories())
        {
            if (folder.Name.Length != 2 || !folder.Name.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }

            foreach (var file in folder.EnumerateFiles())
            {
                if (file.Name.Length == 64 && file.Name.StartsWith(folder.Name, StringComparison.Ordinal) && file.Name.All(char.IsAsciiHexDigitLower))
                {
                    yield return (file.Name, file.LastWriteTimeUtc);
                }
            }
        }
    }

    /// <summary>Removes a stored file (the orphan sweep: no row names it).</summary>
    public bool Delete(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Temp files a crash left behind (older than a day): never part of the store.</summary>
    public int SweepTemp(DateTime utcNow)
    {
        var swept = 0;
        foreach (var file in new DirectoryInfo(Path.Combine(Root, TempFolder)).EnumerateFiles("*.part"))
        {
            if (file.LastWriteTimeUtc < utcNow.AddDays(-1))
            {
                file.Delete();
                swept++;
            }
        }

        return swept;
    }

    /// <summary>The MIME type the signature says, or null: %PDF-, FF D8 FF, the PNG signature.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;

    internal void Keep(StagedFile staged)
    {
        var target = PathOf(staged.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            // The same content is stored already: one copy is enough. It is written "now" again, so the orphan sweep
            // counts its age from this keep, not from the first.
            File.Delete(staged.TempPath);
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
            return;
        }

        try
        {
            File.Move(staged.TempPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(staged.TempPath);
        }
    }
}

/// <summary>An upload written to a temp file, not yet in the store: <see cref="Keep"/> moves it in, disposing drops it.</summary>
public sealed class StagedFile : IDisposable
{
    private readonly FileStore _store;
    private bool _done;

    internal StagedFile(FileStore store, string tempPath, string sha256, long size, string contentType)
    {
        _store = store;
        TempPath = tempPath;
        Sha256 = sha256;
        Size = size;
        ContentType = contentType;
    }

    public string Sha256 { get; }

    public long Size { get; }

    public string ContentType { get; }

    internal string TempPath { get; }

    public void Keep()
    {
        if (!_done)
        {
            _store.Keep(this);
            _done = true;
        }
    }

    public void Dispose()
    {
        if (!_done)
        {
            File.Delete(TempPath);
            _done = true;
        }
    }
}

/// <summary>An upload refused: 413 (over a limit, named) or 415 (not a PDF, JPEG or PNG). Its text is a key.</summary>
public sealed class UploadRefusedException(int statusCode, DomainMessage text) : Exception(text.ToString())
{
    public int StatusCode { get; } = statusCode;

    public DomainMessage Text { get; } = text;

    public static UploadRefusedException TooLarge(long limit) =>
        new(413, new DomainMessage(limit >= FileStore.MaxApplicationBytes ? "Upload.ApplicationTooLarge" : "Upload.FileTooLarge", limit / (1024 * 1024)));

    public static UploadRefusedException WrongType() => new(415, new DomainMessage("Upload.WrongType"));
}
