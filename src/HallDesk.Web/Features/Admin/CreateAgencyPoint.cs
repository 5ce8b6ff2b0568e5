using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>
/// 新建代办点: the district opens a community agent point under a street hall. Its code is unique among points and halls
/// (retired ones included); a refusal is a message at its field and nothing is written.
/// </summary>
public sealed class CreateAgencyPoint(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time)
{
    public const string DistrictOnly = "AgencyPoint.DistrictOnly";

    public sealed record Command(string HallCode, string Code, string Name, string Address);

    public async Task HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var code = (command.Code ?? "").Trim().ToUpperInvariant();
        var name = (command.Name ?? "").Trim();
        var address = (command.Address ?? "").Trim();
        var errors = new Dictionary<string, DomainMessage>();
        if (!Hall.IsValidCode(code))
        {
            errors["code"] = new("AgencyPoint.CodeFormat");
        }

        if (name.Length is < 2 or > 64)
        {
            errors["name"] = new("AgencyPoint.NameLength");
        }

        if (address.Length > 100)
        {
            errors["address"] = new("Hall.AddressTooLong");
        }

        if (errors.Count > 0)
        {
            throw new FieldErrorsException(errors);
        }

        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "agency.create", code, ct))
        {
            throw new DomainException(DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var hall = await write.Db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == command.HallCode, ct)
            ?? throw new DomainException("Hall.CodeNotFound", command.HallCode);
        if (hall.Level != HallLevel.SubHall || hall.IsRetired)
        {
            throw new DomainException("AgencyPoint.ParentNotSubHall", hall.Name);
        }

        // Checked inside the write, so two admins cannot both take one code.
        if (await write.Db.AgencyPoints.AnyAsync(p => p.Code == code, ct) || await write.Db.Halls.AnyAsync(h => h.Code == code, ct))
        {
            throw new FieldErrorsException(new Dictionary<string, DomainMessage> { ["code"] = new("AgencyPoint.CodeTaken", code) });
        }

        write.Db.AgencyPoints.Add(new AgencyPoint(code, name, hall.Code, address));
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "agency.create", code, $"{name}，{hall.Name}，{address}");
        await write.CommitAsync(ct);
    }
}
