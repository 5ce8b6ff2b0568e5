using System.Text.Json;
using System.Text.RegularExpressions;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Issue 20: /openapi/v1.json must tell the truth. The rules of Redocly's "recommended" set that apply to this document
/// (info-license, no-server-trailing-slash, security-defined, operation-operationId(-unique), operation-summary,
/// operation-2xx-response, operation-4xx-response, tag-description, operation-tag-defined, path-parameters-defined),
/// checked in C# so the test needs no network, plus HallDesk's own: every operation documents 429 and 503 with
/// Retry-After, a JSON body documents 413 and 415, a staff operation the cookie scheme and 401/403, and every problem
/// answer the problem-details schema with a Chinese example. One failure lists every finding.
/// </summary>
public sealed partial class ApiDocumentTests : IClassFixture<HallDeskFactory>
{
    private readonly HttpClient _client;

    public ApiDocumentTests(HallDeskFactory factory) => _client = factory.CreateClient();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public async Task OpenApiDocument_LintedWithTheRecommendedRules_HasNoError()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var errors = Lint(document.RootElement);

        Assert.True(errors.Count == 0, $"{errors.Count} OpenAPI lint errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task OpenApiDocument_StaffAndPublicOperations_SayWhoMayCall()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var operations = Operations(document.RootElement).ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => o.Operation);

        Assert.Equal("cookie", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("staffCookie").GetProperty("in").GetString());
        Assert.True(operations["ExportEvaluations"].GetProperty("security")[0].TryGetProperty("staffCookie", out _), "the evaluation export needs a manager's cookie");
        Assert.Empty(operations["IssueTicket"].GetProperty("security")[0].EnumerateObject());
        Assert.True(operations["SubmitEvaluation"].GetProperty("responses").TryGetProperty("201", out _), "SubmitEvaluation answers 201");
        var tooLarge = operations["SubmitEvaluation"].GetProperty("responses").GetProperty("413").GetProperty("content").GetProperty("application/problem+json");
        Assert.Contains("4096", tooLarge.GetProperty("example").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_CatalogOperations_ArePublicAndDocument304And404()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var operations = Operations(document.RootElement).ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => (o.Path, o.Operation));

        foreach (var id in new[] { "ListCatalogItems", "GetCatalogItem", "ListCatalogBundles", "GetCatalogBundle" })
        {
            var responses = operations[id].Operation.GetProperty("responses");
            Assert.Empty(operations[id].Operation.GetProperty("security")[0].EnumerateObject());
            Assert.True(responses.TryGetProperty("304", out _), $"{id} documents 304");
            Assert.True(responses.TryGetProperty("429", out _), $"{id} documents 429");
        }

        Assert.Equal("/api/v1/catalog/items/{code}", operations["GetCatalogItem"].Path);
        Assert.True(operations["GetCatalogBundle"].Operation.GetProperty("responses").TryGetProperty("404", out _));
        Assert.Contains(operations["ListCatalogItems"].Operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
    }

    private static List<string> Lint(JsonElement root)
    {
        var errors = new List<string>();
        var info = root.GetProperty("info");
        if (!info.TryGetProperty("license", out var license) || license.GetProperty("name").GetString() is not { Length: > 0 })
        {
            errors.Add("info-license: info has no license");
        }

        foreach (var server in root.GetProperty("servers").EnumerateArray())
        {
            if (server.GetProperty("url").GetString()!.EndsWith('/'))
            {
                errors.Add($"no-server-trailing-slash: {server.GetProperty("url")}");
            }
        }

        var tags = root.TryGetProperty("tags", out var declared) ? declared.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!) : [];
        errors.AddRange(tags.Where(t => !t.Value.TryGetProperty("description", out var d) || d.GetString() is not { Length: > 0 })
            .Select(t => $"tag-description: tag {t.Key}"));
        var schemes = root.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out var s)
            ? s.EnumerateObject().Select(p => p.Name).ToHashSet()
            : [];
        var schemas = components.GetProperty("schemas").EnumerateObject().Select(p => p.Name).ToHashSet();
        var ids = new HashSet<string>();
        foreach (var (path, method, operation) in Operations(root))
        {
            var at = $"{method.ToUpperInvariant()} {path}";
            if (!operation.TryGetProperty("operationId", out var id) || !ids.Add(id.GetString()!))
            {
                errors.Add($"operation-operationId(-unique): {at}");
            }

            if (!operation.TryGetProperty("summary", out var summary) || summary.GetString() is not { Length: > 0 })
            {
                errors.Add($"operation-summary: {at}");
            }

            foreach (var tag in operation.TryGetProperty("tags", out var t) ? t.EnumerateArray().Select(x => x.GetString()!) : [])
            {
                if (!tags.ContainsKey(tag))
                {
                    errors.Add($"operation-tag-defined: {at} tag {tag}");
                }
            }

            var parameters = operation.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()).ToHashSet()
                : [];
            errors.AddRange(PathParameter().Matches(path).Select(m => m.Groups[1].Value).Where(p => !parameters.Contains(p))
                .Select(p => $"path-parameters-defined: {at} {{{p}}}"));

            if (!root.TryGetProperty("security", out _) && !operation.TryGetProperty("security", out _))
            {
                errors.Add($"security-defined: {at}");
            }

            var requirements = operation.TryGetProperty("security", out var security) ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList() : [];
            errors.AddRange(requirements.Where(r => !schemes.Contains(r)).Select(r => $"security-defined: {at} names an undeclared scheme {r}"));

            var responses = operation.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
            if (!responses.Keys.Any(k => k.StartsWith('2')))
            {
                errors.Add($"operation-2xx-response: {at}");
            }

            if (!responses.Keys.Any(k => k.StartsWith('4')))
            {
                errors.Add($"operation-4xx-response: {at}");
            }

            string[] expected =
            [
                "429", "503",
                .. operation.TryGetProperty("requestBody", out _) ? ["413", "415"] : Array.Empty<string>(),
                .. requirements.Count > 0 ? ["401", "403"] : Array.Empty<string>(),
            ];
            errors.AddRange(expected.Where(code => !responses.ContainsKey(code)).Select(code => $"halldesk-answers: {at} does not document {code}"));
            foreach (var code in (string[])["429", "503"])
            {
                if (responses.TryGetValue(code, out var limited) && !(limited.TryGetProperty("headers", out var headers) && headers.TryGetProperty("Retry-After", out _)))
                {
                    errors.Add($"halldesk-retry-after: {at} {code} has no Retry-After header");
                }
            }

            foreach (var (code, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out var problem))
                {
                    errors.Add($"halldesk-problem: {at} {code} is not application/problem+json");
                    continue;
                }

                var reference = problem.GetProperty("schema").TryGetProperty("$ref", out var r) ? r.GetString()! : "";
                if (!reference.StartsWith("#/components/schemas/", StringComparison.Ordinal) || !schemas.Contains(reference["#/components/schemas/".Length..]))
                {
                    errors.Add($"halldesk-problem: {at} {code} has no problem-details schema");
                }

                if (!problem.TryGetProperty("example", out var example) || !Chinese().IsMatch(example.GetProperty("title").GetString() ?? ""))
                {
                    errors.Add($"halldesk-problem: {at} {code} has no Chinese example");
                }
            }
        }

        return errors;
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement root) =>
        root.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch").Select(m => (p.Name, m.Name, m.Value)));
}
