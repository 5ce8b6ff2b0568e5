using HallDesk.Data;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Online;

/// <summary>One file of an application, staged (not yet in the store) under the material it is for.</summary>
public sealed record StagedUpload(string MaterialKey, string? FileName, StagedFile File);

/// <summary>
/// The files of one request, staged: at most <see cref="FileStore.MaxApplicationBytes"/> together. Disposing drops every
/// one not kept, so a refused request stores nothing.
/// </summary>
public sealed class StagedUploads : IDisposable
{
    private readonly List<StagedUpload> _files = [];

    public IReadOnlyList<StagedUpload> Files => _files;

    public long TotalBytes => _files.Sum(f => f.File.Size);

    /// <summary>Room left for the next file within the application's limit.</summary>
    public long Room => FileStore.MaxApplicationBytes - TotalBytes;

    public void Add(string materialKey, string? fileName, StagedFile file)
    {
        if (file.Size > Room)
        {
            file.Dispose();
            throw UploadRefusedException.TooLarge(FileStore.MaxApplicationBytes);
        }

        _files.Add(new StagedUpload(materialKey.Trim(), fileName, file));
    }

    /// <summary>Stages a file picked in the browser for a material, within a file's limit and the room left.</summary>
    /// <returns>Null when it is staged, else the refusal to show, in Chinese.</returns>
    public async Task<string?> TryStageAsync(FileStore store, MaterialUpload upload)
    {
        try
        {
            Add(upload.MaterialKey, upload.File.Name, await BrowserUploads.StageAsync(store, upload.File, Math.Min(FileStore.MaxFileBytes, Room)));
            return null;
        }
        catch (UploadRefusedException ex)
        {
            return Texts.Of(ex.Text);
        }
    }

    public void Remove(StagedUpload upload)
    {
        if (_files.Remove(upload))
        {
            upload.File.Dispose();
        }
    }

    /// <summary>Moves every file into the store (just before the rows that name them are committed).</summary>
    public void KeepAll()
    {
        foreach (var f in _files)
        {
            f.File.Keep();
        }
    }

    public void Dispose()
    {
        foreach (var f in _files)
        {
            f.File.Dispose();
        }

        _files.Clear();
    }
}
