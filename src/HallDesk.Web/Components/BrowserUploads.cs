using HallDesk.Data;
using Microsoft.AspNetCore.Components.Forms;

namespace HallDesk.Web.Components;

/// <summary>A file chosen in the browser, streamed into the <see cref="FileStore"/>'s staging (checked by content and size).</summary>
public static class BrowserUploads
{
    /// <summary>Refused before a byte moves when the browser already says it is too large.</summary>
    public static async Task<StagedFile> StageAsync(FileStore store, IBrowserFile file, long maxBytes = FileStore.MaxFileBytes, CancellationToken ct = default)
    {
        if (file.Size > maxBytes)
        {
            throw UploadRefusedException.TooLarge(maxBytes);
        }

        await using var stream = file.OpenReadStream(maxBytes, ct);
        return await store.StageAsync(stream, maxBytes, ct);
    }
}
