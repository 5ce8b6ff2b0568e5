using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>A department a request or order can be routed to; "hall" is the 政务服务中心 itself.</summary>
public sealed record DepartmentOption(string Code, string Name);

/// <summary>A counter of the hall, whether a rating pad is paired to it (since when), and until when its pairing code is open.</summary>
public sealed record PadPairing(int CounterNumber, string CounterName, string? ClerkName, DateTime? PairedAt, DateTime? CodeExpiresAt);

/// <summary>Look-ups the manager's 好差评 screens need beside <see cref="EvaluationQueries"/>.</summary>
public sealed class ManagerEvaluationQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public const string HallDepartment = "hall";

    /// <summary>The hall itself first, then the departments by name.</summary>
    public async Task<IReadOnlyList<DepartmentOption>> DepartmentsAsync(string hallName, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new DepartmentOption(d.Code, d.Name)).ToListAsync(ct);
        return [new DepartmentOption(HallDepartment, hallName), .. departments];
    }

    public async Task<IReadOnlyList<PadPairing>> PadsAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counters = await db.Counters.AsNoTracking().Where(c => c.HallCode == hallCode).OrderBy(c => c.Number).ToListAsync(ct);
        var pads = await db.RatingPads.AsNoTracking().Where(p => p.HallCode == hallCode).ToDictionaryAsync(p => p.CounterNumber, ct);
        return counters.Select(c =>
        {
            var pad = pads.GetValueOrDefault(c.Number);
            return new PadPairing(c.Number, c.Name, c.ClerkName, pad?.PairedAt, pad?.PairingCodeExpiresAt);
        }).ToList();
    }
}
