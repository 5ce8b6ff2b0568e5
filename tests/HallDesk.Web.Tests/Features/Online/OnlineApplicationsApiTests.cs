using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Online;

/// <summary>
/// POST /api/v1/applications (multipart) and GET /api/v1/applications/{number}: a complete application is 201 with its
/// number; every bad input is refused with its own status (400 listing every missing material, 413 naming the limit,
/// 415 for content that is not PDF/JPEG/PNG) and stores nothing.
/// </summary>
public sealed class OnlineApplicationsApiTests : IClassFixture<HallDeskFactory>
{
    private const string FoodLicence = "23100400SJ-XK-0001"; // 食品经营许可: four uploads for 鸿福 (营业执照 from 电子证照, premises from 不动产)
    private readonly HallDeskFactory _factory;
    private readonly HttpClient _client;

    public OnlineApplicationsApiTests(HallDeskFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Submit_WithEveryRequiredFile_Is201WithNumber_AndTheCitizenFollowsIt()
    {
        var phone = "13900000001";
        var code = await CodeAsync(phone);

        var response = await _client.PostAsync("/api/v1/applications", Form(DocumentCases.Signboard, phone, code,
            ("application-hwzp", "申请表.pdf", SampleFiles.Pdf("hwzp")), ("signboard-design", "设计图.png", SampleFiles.Png())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = body.GetProperty("number").GetString()!;
        Assert.StartsWith("WS20261201", number, StringComparison.Ordinal);
        Assert.Equal(2, body.GetProperty("files").GetInt32());
        Assert.Equal("2026-12-02", body.GetProperty("reviewDueOn").GetString());
        await using var db = await _factory.DbAsync();
        var files = await db.MaterialFiles.AsNoTracking().Where(f => f.ApplicationNumber == number).ToListAsync();
        Assert.Equal(["image/png", "application/pdf"], files.Select(f => f.ContentType).OrderDescending());
        Assert.All(files, f => Assert.True(_factory.Get<FileStore>().Exists(f.Sha256)));

        var progress = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{number}?phoneLast4=0001");
        Assert.Equal("Submitted", progress.GetProperty("status").GetString());
        Assert.DoesNotContain("马文斌", progress.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/applications/{number}?phoneLast4=9999")).StatusCode);
    }

    [Fact]
    public async Task Submit_WithRequiredMaterialsMissing_Is400ListingEveryOne_AndStoresNothing()
    {
        var phone = "13900000002";
        var code = await CodeAsync(phone);
        var before = await StoredAsync();

        var response = await _client.PostAsync("/api/v1/applications", Form(FoodLicence, phone, code, ("application-spjy", "申请书.pdf", SampleFiles.Pdf("spjy-missing"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("共 3 项", text, StringComparison.Ordinal);
        foreach (var key in new[] { "legal-rep-id", "equipment-layout-spjy", "food-safety-rules-spjy" })
        {
            Assert.Contains(key, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("application-spjy", text, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_FileOver10MB_Is413NamingTheLimit_AndStoresNothing()
    {
        var phone = "13900000003";
        var code = await CodeAsync(phone);
        var before = await StoredAsync();

        var response = await _client.PostAsync("/api/v1/applications", Form(DocumentCases.Signboard, phone, code,
            ("application-hwzp", "申请表.pdf", SampleFiles.Pdf("ok")), ("signboard-design", "大图.pdf", SampleFiles.PdfOfSize(FileStore.MaxFileBytes + 1))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("10 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_FilesOver50MBTogether_Is413NamingTheApplicationLimit_AndStoresNothing()
    {
        var phone = "13900000004";
        var code = await CodeAsync(phone);
        var before = await StoredAsync();
        var parts = Enumerable.Range(0, 6).Select(i => ("signboard-design", $"第{i}页.pdf", SampleFiles.PdfOfSize(9 * 1024 * 1024 + i))).ToList();
        parts.Insert(0, ("application-hwzp", "申请表.pdf", SampleFiles.Pdf("big")));

        var response = await _client.PostAsync("/api/v1/applications", Form(DocumentCases.Signboard, phone, code, [.. parts]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("50 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_TextNamedPdf_Is415_AndStoresNothing()
    {
        var phone = "13900000005";
        var code = await CodeAsync(phone);
        var before = await StoredAsync();

        var response = await _client.PostAsync("/api/v1/applications", Form(DocumentCases.Signboard, phone, code,
            ("application-hwzp", "申请表.pdf", SampleFiles.Pdf("ok415")), ("signboard-design", "设计图.pdf", SampleFiles.TextNamedPdf())));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_NotMultipart_Is415()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/applications", new { subject = DocumentCases.Signboard });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Submit_WrongCode_Is400_AndStoresNothing()
    {
        var phone = "13900000006";
        var code = await CodeAsync(phone);
        var before = await StoredAsync();

        var response = await _client.PostAsync("/api/v1/applications", Form(DocumentCases.Signboard, phone, code == "000000" ? "111111" : "000000",
            ("application-hwzp", "申请表.pdf", SampleFiles.Pdf("wrong-code")), ("signboard-design", "设计图.png", SampleFiles.Png())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("verificationCode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_NameWithPathCharacters_IsStoredUnderItsHashOnly()
    {
        var phone = "13900000007";
        var code = await CodeAsync(phone);

        var response = await _client.PostAsync("/api/v1/applications", Form(DocumentCases.Signboard, phone, code,
            ("application-hwzp", "../../etc/passwd.pdf", SampleFiles.Pdf("path")), ("signboard-design", "设计图.png", SampleFiles.Png())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
        await using var db = await _factory.DbAsync();
        var file = await db.MaterialFiles.AsNoTracking().SingleAsync(f => f.ApplicationNumber == number && f.MaterialKey == "application-hwzp");
        Assert.Null(file.FileName);
        Assert.Equal(file.Sha256, Path.GetFileName(_factory.Get<FileStore>().PathOf(file.Sha256)));
        Assert.False(File.Exists(Path.Combine(_factory.Get<FileStore>().Root, "..", "..", "etc", "passwd.pdf")));
    }

    [Fact]
    public async Task ApplyPage_FromTheGuide_ShowsTheSubjectAndItsUploads()
    {
        var html = await _client.GetStringAsync($"/apply/{DocumentCases.Signboard}");

        Assert.Contains("户外招牌设置审批", html, StringComparison.Ordinal);
        Assert.Contains("apply-upload-signboard-design", html, StringComparison.Ordinal);
        Assert.Contains($"/apply/{DocumentCases.Signboard}", await _client.GetStringAsync($"/guide/{DocumentCases.Signboard}"), StringComparison.Ordinal);
    }

    private Task<string> CodeAsync(string phone) =>
        SmsCodes.RequestAsync(_factory, phone, purpose: RequestVerificationCode.ApplicationPurpose);

    /// <summary>Every file in the store, the staging folder included.</summary>
    private Task<int> StoredAsync()
    {
        var store = _factory.Get<FileStore>();
        return Task.FromResult(Directory.GetFiles(store.Root, "*", SearchOption.AllDirectories).Length);
    }

    internal static MultipartFormDataContent Form(string subject, string phone, string code, params (string Key, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            {
                JsonContent.Create(new
                {
                    subject,
                    applicantKind = "organisation",
                    name = DocumentCases.Hongfu.Name,
                    idNumber = DocumentCases.Hongfu.IdNumber,
                    phone,
                    legalRepresentative = DocumentCases.Hongfu.LegalRepresentative,
                    verificationCode = code,
                }),
                "application"
            },
        };
        foreach (var (key, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, key, name);
        }

        return form;
    }
}
