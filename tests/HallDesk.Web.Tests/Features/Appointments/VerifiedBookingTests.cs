using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Domain.Applicants;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>Bookings need a code sent by SMS to the booking's phone: asking is limited, the code is checked, used once, voided after five wrong tries.</summary>
public sealed class VerifiedBookingTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private const string Name = "王小明";

    private readonly HttpClient _client = factory.CreateClient();

    private static string Person(int n)
    {
        var first17 = $"23100219880808{n:000}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    private Task<HttpResponseMessage> AskAsync(string phone, string purpose = "appointment") =>
        _client.PostAsJsonAsync("/api/v1/verification-codes", new { phone, purpose });

    private Task<HttpResponseMessage> BookAsync(int person, string phone, string? code, string slot = "09:00", string date = "2026-12-03", string line = "A") =>
        _client.PostAsJsonAsync("/api/v1/appointments", new { hall = "AM", line, date, slot, name = Name, idNumber = Person(person), phone, verificationCode = code });

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<string> CodeErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ReadAsync(response)).GetProperty("errors").GetProperty("verificationCode")[0].GetString()!;
    }

    [Fact]
    public async Task Ask_Valid_Returns202_SendsSixDigitsBySms_AndStoresOnlyAHash()
    {
        var response = await AskAsync("13900010001");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("139****0001", body.GetProperty("phone").GetString());
        Assert.Equal(300, body.GetProperty("validSeconds").GetInt32());
        var code = await SmsCodes.LatestAsync(factory, "13900010001");
        Assert.Matches(@"^\d{6}$", code);
        await using var db = await factory.DbAsync();
        var sms = await db.SmsOutbox.SingleAsync(m => m.Phone == "13900010001");
        Assert.StartsWith("【爱民区政务服务中心】您的预约验证码为" + code, sms.Text, StringComparison.Ordinal);
        Assert.True(sms.Text.Length <= 70, sms.Text);
        var row = await db.VerificationCodes.SingleAsync(c => c.Phone == "13900010001");
        Assert.DoesNotContain(code, row.Hash + row.Salt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1390001", "appointment", "phone")]
    [InlineData("13900010002", "login", "purpose")]
    [InlineData("13900010002", "", "purpose")]
    public async Task Ask_BadPhoneOrPurpose_Returns400NamingTheField(string phone, string purpose, string field)
    {
        var response = await AskAsync(phone, purpose);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ReadAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Ask_AgainWithinAMinute_Is429WithRetryAfter_AndTheSixthOfTheDayToo()
    {
        Assert.Equal(HttpStatusCode.Accepted, (await AskAsync("13900010003")).StatusCode);

        var soon = await AskAsync("13900010003");

        Assert.Equal(HttpStatusCode.TooManyRequests, soon.StatusCode);
        Assert.InRange(int.Parse(soon.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        for (var n = 2; n <= 5; n++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(HttpStatusCode.Accepted, (await AskAsync("13900010003")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var sixth = await AskAsync("13900010003");
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains("上限", (await ReadAsync(sixth)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_WithoutCode_Returns400NamingVerificationCode_AndBooksNothing()
    {
        var response = await BookAsync(1, "13900010004", code: null);

        Assert.Contains("验证码", await CodeErrorAsync(response), StringComparison.Ordinal);
        await using var db = await factory.DbAsync();
        Assert.False(await db.Appointments.AnyAsync(a => a.Phone == "13900010004"));
    }

    [Fact]
    public async Task Book_RightCode_Books_AndTheSameCodeAgain_Is400()
    {
        var code = await SmsCodes.RequestAsync(factory, "13900010005");

        Assert.Equal(HttpStatusCode.Created, (await BookAsync(2, "13900010005", code)).StatusCode);
        var again = await BookAsync(3, "13900010005", code, slot: "09:30");

        Assert.Contains("已经使用", await CodeErrorAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_FiveWrongTries_VoidTheCode_EvenForTheRightDigitsAfterwards()
    {
        var code = await SmsCodes.RequestAsync(factory, "13900010006");
        var wrong = code == "000000" ? "111111" : "000000";
        for (var n = 4; n >= 1; n--)
        {
            Assert.Contains($"还可以再试 {n} 次", await CodeErrorAsync(await BookAsync(4, "13900010006", wrong)), StringComparison.Ordinal);
        }

        Assert.Contains("已失效", await CodeErrorAsync(await BookAsync(4, "13900010006", wrong)), StringComparison.Ordinal);
        Assert.Contains("已失效", await CodeErrorAsync(await BookAsync(4, "13900010006", code)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_AfterFiveMinutes_CodeHasExpired()
    {
        var code = await SmsCodes.RequestAsync(factory, "13900010007");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Contains("已过期", await CodeErrorAsync(await BookAsync(5, "13900010007", code)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_FourthOpenBookingOfAPhone_OrOfAnIdNumber_Is409()
    {
        for (var n = 0; n < 3; n++)
        {
            var code = await SmsCodes.RequestAsync(factory, "13900010008");
            Assert.Equal(HttpStatusCode.Created, (await BookAsync(10 + n, "13900010008", code, slot: "14:00", line: "B")).StatusCode);
        }

        var fourth = await BookAsync(13, "13900010008", await SmsCodes.RequestAsync(factory, "13900010008"), slot: "14:00", line: "B");
        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Contains("最多同时保留 3 个", (await ReadAsync(fourth)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // One ID number behind three phones: the same limit.
        string[] lines = ["A", "C", "D"];
        for (var n = 0; n < 3; n++)
        {
            var phone = $"1390002000{n}";
            Assert.Equal(HttpStatusCode.Created, (await BookAsync(20, phone, await SmsCodes.RequestAsync(factory, phone), slot: "15:00", line: lines[n])).StatusCode);
        }

        var viaFourthPhone = await BookAsync(20, "13900020009", await SmsCodes.RequestAsync(factory, "13900020009"), slot: "15:00", line: "E");
        Assert.Equal(HttpStatusCode.Conflict, viaFourthPhone.StatusCode);
    }
}
