using HallDesk.Domain;
using HallDesk.Data;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Admin;

public sealed class EditLinesTests : IClassFixture<HallDeskFactory>
{
    private static readonly Actor Manager = new("", "manager", "127.0.0.1");
    private readonly HallDeskFactory _factory;

    public EditLinesTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Add_NewPrefix_IsSavedUppercasedAndAudited()
    {
        await _factory.Get<EditLines>().AddAsync(new EditLines.Command("AM", "f", "公积金", 6, 9), Manager);

        var line = Assert.Single(await _factory.Get<EditLines>().ListAsync("AM"), l => l.Code == "F");
        Assert.Equal(("公积金", 6, 9.0), (line.Name, line.SortOrder, line.DefaultServiceMinutes));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "line.add" && a.Subject == "AM/F" && a.Actor == "manager"));
    }

    [Theory]
    [InlineData("A", "重复", 8, "已有前缀为 A")]
    [InlineData("1", "数字", 8, "大写字母")]
    [InlineData("XY", "两个字母", 8, "大写字母")]
    [InlineData("G", " ", 8, "业务名称")]
    [InlineData("H", "太长", 500, "默认办理时长")]
    public async Task Add_BadLine_IsRefusedInChineseAndNothingIsWritten(string code, string name, double minutes, string message)
    {
        var before = (await _factory.Get<EditLines>().ListAsync("AM")).Count;
        var audits = await AuditCountAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<EditLines>().AddAsync(new EditLines.Command("AM", code, name, 9, minutes), Manager));

        Assert.Contains(message, Texts.Of(error, Texts.Chinese));
        Assert.Equal(before, (await _factory.Get<EditLines>().ListAsync("AM")).Count);
        Assert.Equal(audits, await AuditCountAsync());
    }

    [Fact]
    public async Task Change_RenamesReordersAndAudits()
    {
        await _factory.Get<EditLines>().ChangeAsync(new EditLines.Command("AM", "D", "税务办理", -1, 11), Manager);

        var lines = await _factory.Get<EditLines>().ListAsync("AM");
        Assert.Equal("D", lines[0].Code);
        Assert.Equal(("税务办理", 11.0), (lines[0].Name, lines[0].DefaultServiceMinutes));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "line.change" && a.Subject == "AM/D"));
    }

    [Fact]
    public async Task Change_EmptyName_IsRefusedAndLineUnchanged()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<EditLines>().ChangeAsync(new EditLines.Command("AM", "C", "", 3, 6), Manager));

        Assert.Contains("业务名称", Texts.Of(error, Texts.Chinese));
        Assert.Equal("社保医保", (await _factory.Get<EditLines>().ListAsync("AM")).Single(l => l.Code == "C").Name);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.AuditEntries.CountAsync(a => a.Action.StartsWith("line."));
    }
}
