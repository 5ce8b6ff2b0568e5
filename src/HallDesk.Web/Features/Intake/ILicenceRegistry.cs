namespace HallDesk.Web.Features.Intake;

/// <summary>An electronic licence (电子证照) held by a person or an organisation.</summary>
public sealed record LicenceRecord(string Type, string Number, string Issuer, DateOnly? ValidUntil);

/// <summary>
/// The 电子证照 registry. The hall ships a local implementation over a demo table; a province's
/// real service implements the same interface.
/// </summary>
public interface ILicenceRegistry
{
    Task<IReadOnlyList<LicenceRecord>> FindAsync(string holderId, DateOnly today, CancellationToken ct = default);
}
