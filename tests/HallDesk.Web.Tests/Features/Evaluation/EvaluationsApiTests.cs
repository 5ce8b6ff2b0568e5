using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>POST /api/v1/evaluations: online rating of a case by its receipt token (一事一评).</summary>
public sealed class EvaluationsApiTests : IClassFixture<HallDeskFactory>
{
    private const string Url = "/api/v1/evaluations";
    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;

    public EvaluationsApiTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Post_ValidToken_Is201Once_SecondIs409_OneRatingWritten()
    {
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);

        var first = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 5, comment = "办得很快" });
        var second = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 4 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("非常满意", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("levelName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("一事一评", await second.Content.ReadAsStringAsync());
        await using var db = await _factory.DbAsync();
        var rating = await db.Evaluations.SingleAsync(e => e.CaseNumber == caseNumber);
        Assert.Equal(EvaluationLevel.VerySatisfied, rating.Level);
        Assert.Equal(EvaluationChannel.Web, rating.Channel);
        Assert.Equal("办得很快", rating.Comment);
    }

    [Fact]
    public async Task Post_BadLevelWithIndicator_Is201_AndOpensRectification()
    {
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);

        var response = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 2, indicators = new[] { "办事便捷度" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = await _factory.DbAsync();
        var rating = await db.Evaluations.SingleAsync(e => e.CaseNumber == caseNumber);
        Assert.Equal(["办事便捷度"], rating.Indicators);
        Assert.True(await db.Rectifications.AnyAsync(r => r.EvaluationId == rating.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Post_LevelOutOfRange_Is400_NothingWritten(int level)
    {
        var (_, token) = await ConcludedCaseAsync(_factory);
        var before = await CountAsync(_factory);

        var response = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("level", out _));
        Assert.Equal(before, await CountAsync(_factory));
    }

    [Fact]
    public async Task Post_CommentOver200_Is400_NothingWritten_200IsAccepted()
    {
        var (_, token) = await ConcludedCaseAsync(_factory);
        var before = await CountAsync(_factory);

        var tooLong = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 4, comment = new string('好', 201) });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal(before, await CountAsync(_factory));
        var longest = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 4, comment = new string('好', 200) });
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
    }

    [Theory]
    [InlineData("{\"token\": \"abc\", \"level\": ")]
    [InlineData("{\"token\": \"abc\", \"level\": \"five\"}")]
    [InlineData("not json")]
    public async Task Post_MalformedJson_Is400_NothingWritten(string body)
    {
        var before = await CountAsync(_factory);

        var response = await _client.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync(_factory));
    }

    [Fact]
    public async Task Post_UnknownToken_Is404_NothingWritten()
    {
        var before = await CountAsync(_factory);

        var response = await _client.PostAsJsonAsync(Url, new { token = "0123456789abcdef0123456789abcdef", phoneLast4 = "5678", level = 5 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("评价链接无效", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync(_factory));
    }

    [Fact]
    public async Task Post_TheTokenAlone_CannotRate_WrongDigitsAnswerLikeAnUnknownToken()
    {
        // The token is printed on the receipt that staff handle; the applicant's phone digits are what staff do not pass around.
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);

        var alone = await _client.PostAsJsonAsync(Url, new { token, level = 5 });
        var wrong = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "1234", level = 5 });
        var unknown = await _client.PostAsJsonAsync(Url, new { token = "0123456789abcdef0123456789abcdef", phoneLast4 = "1234", level = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        Assert.True((await alone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("phoneLast4", out _));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(Detail(await unknown.Content.ReadFromJsonAsync<JsonElement>()), Detail(await wrong.Content.ReadFromJsonAsync<JsonElement>()));
        await using (var db = await _factory.DbAsync())
        {
            Assert.False(await db.Evaluations.AnyAsync(e => e.CaseNumber == caseNumber));
        }

        var right = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 5 });
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
    }

    [Fact]
    public async Task Post_FiveWrongDigits_LockTheToken_EvenForTheRightDigits()
    {
        var (caseNumber, token) = await ConcludedCaseAsync(_factory);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = $"000{i}", level = 1 })).StatusCode);
        }

        var right = await _client.PostAsJsonAsync(Url, new { token, phoneLast4 = "5678", level = 1 });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.Evaluations.AnyAsync(e => e.CaseNumber == caseNumber));
    }

    private static string? Detail(JsonElement problem) => problem.GetProperty("detail").GetString();
}
