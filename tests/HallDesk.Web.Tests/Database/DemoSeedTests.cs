using HallDesk.Data;
using HallDesk.Domain.Applicants;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Database;

/// <summary>The demo is 爱民区's (牡丹江市, 黑龙江省): its codes carry the district's region code 231004 and valid check characters.</summary>
public sealed class DemoSeedTests : IClassFixture<HallDeskFactory>
{
    private const string District = "231004";
    private readonly HallDeskFactory _factory;

    public DemoSeedTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task SeededLicences_EveryIdNumberAndCreditCode_PassesItsChecksumAndIsOf爱民区()
    {
        await using var db = await _factory.DbAsync();
        var licences = await db.ElectronicLicences.AsNoTracking().ToListAsync();
        var holders = licences.Select(l => l.HolderId)
            .Concat(licences.Where(l => l.Type is "居民身份证" or "社会保障卡" or "营业执照").Select(l => l.Number))
            .Distinct().ToList();

        Assert.NotEmpty(holders);
        Assert.All(holders, code =>
        {
            if (code.StartsWith('9'))
            {
                Assert.Null(CreditCode.Validate(code));
                Assert.Equal(District, code[2..8]);
            }
            else
            {
                Assert.Null(IdNumber.Validate(code));
                Assert.StartsWith(District, code);
            }
        });
    }

    [Fact]
    public async Task SeededCatalog_ItemCodesAndIssuers_Are爱民区s()
    {
        await using var db = await _factory.DbAsync();

        Assert.All(await db.ServiceItems.Select(i => i.Code).ToListAsync(), code => Assert.StartsWith(District + "00", code));
        Assert.All(await db.ElectronicLicences.Select(l => l.Issuer).ToListAsync(),
            issuer => Assert.True(issuer.StartsWith("黑龙江省", StringComparison.Ordinal) || issuer.StartsWith("牡丹江市", StringComparison.Ordinal), issuer));
    }

    [Fact]
    public void CatalogFile_NamesNoOtherProvince()
    {
        var text = File.ReadAllText(CatalogSeed.DefaultPath);

        Assert.DoesNotContain("甘", text);
        Assert.DoesNotContain("兰州", text);
        Assert.DoesNotContain("6205", text);
        Assert.Contains("黑龙江省人力资源和社会保障厅", text);
    }

    [Fact]
    public async Task SeededCatalog_HasAtLeast45Bundles_EachPromisingNoLessThanItsSlowestItem_WithADepartmentForEveryItem()
    {
        await using var db = await _factory.DbAsync();
        var items = await db.ServiceItems.AsNoTracking().ToListAsync();
        var bundles = await db.Bundles.AsNoTracking().ToListAsync();
        var departments = await db.Departments.Select(d => d.Code).ToListAsync();

        Assert.True(bundles.Count >= 45, $"{bundles.Count} bundles");
        Assert.All(bundles, b =>
        {
            Assert.NotNull(b.PromisedDays);
            b.EnsurePromiseKept(items);
        });
        Assert.All(items, i => Assert.Contains(i.DepartmentCode, departments));
        // Every department of the catalog has a reviewer to work its tasks.
        Assert.Equal(departments.Order(), DemoData.Departments.Select(d => d.Code).Order());
        var newborn = bundles.Single(b => b.Name == "新生儿出生");
        Assert.Equal(items.Where(i => newborn.ItemCodes.Contains(i.Code)).Max(i => i.ConcludesAtOnce ? 0 : i.PromisedDays), newborn.PromisedDays);
    }

    [Fact]
    public async Task CatalogSeed_ABundlePromisingLessThanItsSlowestItem_IsRefusedAndNothingIsSeeded()
    {
        var file = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(CatalogSeed.DefaultPath))!;
        var newborn = json["bundles"]!.AsArray().Single(b => (string?)b!["name"] == "新生儿出生")!;
        newborn["promisedDays"] = 5;
        await File.WriteAllTextAsync(file, json.ToJsonString());
        await using var db = await _factory.DbAsync();
        await db.Database.BeginTransactionAsync();
        db.Bundles.RemoveRange(db.Bundles);
        db.ServiceItems.RemoveRange(db.ServiceItems);
        await db.SaveChangesAsync();

        var ex = await Assert.ThrowsAsync<HallDesk.Domain.DomainException>(() => CatalogSeed.SeedAsync(db, file));

        Assert.Equal("Bundle.PromiseShorterThanItem", ex.Key);
        Assert.Equal(["新生儿出生", 5, "社保卡申领", 12], ex.Args);
        Assert.Empty(db.ChangeTracker.Entries<HallDesk.Domain.Catalog.ServiceItem>());
        File.Delete(file);
    }
}
