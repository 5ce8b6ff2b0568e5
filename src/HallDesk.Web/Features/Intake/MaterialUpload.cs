using Microsoft.AspNetCore.Components.Forms;

namespace HallDesk.Web.Features.Intake;

/// <summary>A file the clerk chose for one material of the checklist.</summary>
public sealed record MaterialUpload(string MaterialKey, IBrowserFile File);
