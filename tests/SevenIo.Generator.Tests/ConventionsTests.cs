using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// <c>client.conventions</c>: how a service's JSON writes "no value" and how documentation names the
/// service come from its spec, not from the generator; a spec without them gets plain JSON.
/// </summary>
public sealed class ConventionsTests
{
    private const string Spec = """
        {
          "client": {
            "name": "ShopClient",
            "namespace": "Things",
            "baseAddress": "https://api.example.com",
            "apiKeyHeader": "X-Key",
            "failure": { "success": "ok" }
            CONVENTIONS
          },
          "models": {
            "Thing": {
              "properties": [
                { "name": "count", "type": "int32", "nullable": true },
                { "name": "label", "type": "string", "nullable": true },
                { "name": "seen", "type": "bool", "nullable": true }
              ]
            }
          },
          "operations": { "Things": { "Get": { "method": "GET", "path": "/thing", "response": { "type": "Thing" } } } }
        }
        """;

    [Fact]
    public async Task Without_conventions_false_and_empty_strings_are_values_and_the_docs_name_no_service()
    {
        var (assembly, sources) = Build(string.Empty);

        Assert.Equal((null, "x", false), await ReadAsync(assembly, """{ "count": null, "label": "x", "seen": false }"""));
        var e = await Assert.ThrowsAsync<SevenApiException>(() => ReadAsync(assembly, """{ "count": false }"""));
        Assert.Contains("found a boolean", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SevenApiException>(() => ReadAsync(assembly, """{ "count": "" }"""));
        Assert.DoesNotContain("gateway", sources, StringComparison.Ordinal);
        Assert.Contains("the service answered with", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_falseIsNull_and_emptyStringIsNull_false_and_empty_read_as_null_except_for_booleans()
    {
        var (assembly, sources) = Build("""
            , "conventions": { "service": "widget API", "falseIsNull": true, "emptyStringIsNull": true }
            """);

        Assert.Equal((null, null, false), await ReadAsync(assembly, """{ "count": false, "label": false, "seen": false }"""));
        Assert.Equal((null, string.Empty, null), await ReadAsync(assembly, """{ "count": "", "label": "", "seen": null }"""));
        Assert.Contains("the widget API answered with", sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyStringIsNull_alone_reads_an_empty_number_as_null_and_false_as_a_wrong_value()
    {
        var (assembly, _) = Build("""
            , "conventions": { "emptyStringIsNull": true }
            """);

        Assert.Equal((null, "a", null), await ReadAsync(assembly, """{ "count": "", "label": "a" }"""));
        await Assert.ThrowsAsync<SevenApiException>(() => ReadAsync(assembly, """{ "count": false }"""));
    }

    [Theory]
    [InlineData("service", "{Key}", "'{Key}' is not plain words (1 to 40 letters, digits, spaces, '-', '.' or '/')")]
    [InlineData("service", "", "'' is not plain words (1 to 40 letters, digits, spaces, '-', '.' or '/')")]
    [InlineData("webhookRetries", "after <b>", "'after <b>' is not plain words (1 to 80 letters, digits, spaces, '-', '.' or '/')")]
    [InlineData("webhookRoute", "webhooks", "'webhooks' is not a route (a '/' and then letters, digits, '/', '-', '_' or '.')")]
    public void A_convention_that_documentation_could_not_quote_is_a_located_error_and_keeps_its_default(string member, string value, string message)
    {
        var text = Spec.Replace("CONVENTIONS", $$""", "conventions": { "{{member}}": "{{value}}" }""", StringComparison.Ordinal);
        var (result, output) = GeneratorHarness.Run(text, "/spec/things.seven.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN012", $"client.conventions.{member}: {message}"), (error.Id, error.SpecMessage()));
        Assert.Equal(text.IndexOf($"\"{value}\"", StringComparison.Ordinal), error.Location.SourceSpan.Start);
        GeneratorHarness.AssertNoWarnings(output);
    }

    private static (Assembly Assembly, string Sources) Build(string conventions)
    {
        var (result, output) = GeneratorHarness.Run(Spec.Replace("CONVENTIONS", conventions, StringComparison.Ordinal), "/spec/things.seven.json");
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);

        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
        var context = new AssemblyLoadContext("conventions", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
        return (assembly, string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    /// <summary>Gets a thing through the generated client from a handler that answers with <paramref name="json"/>.</summary>
    private static async Task<(int? Count, string? Label, bool? Seen)> ReadAsync(Assembly assembly, string json)
    {
        var options = Activator.CreateInstance(assembly.GetType("Things.ShopClientOptions", throwOnError: true)!)!;
        options.GetType().GetProperty("ApiKey")!.SetValue(options, "test-key");
        using var http = new HttpClient(new Answer(json));
        var client = Activator.CreateInstance(assembly.GetType("Things.ShopClient", throwOnError: true)!, http, options)!;
        var group = client.GetType().GetProperty("Things")!.GetValue(client)!;
        var task = (Task)group.GetType().GetMethod("GetAsync")!.Invoke(group, [CancellationToken.None])!;
        await task.ConfigureAwait(false);
        var thing = task.GetType().GetProperty("Result")!.GetValue(task)!;
        object? Value(string name) => thing.GetType().GetProperty(name)!.GetValue(thing);
        return ((int?)Value("Count"), (string?)Value("Label"), (bool?)Value("Seen"));
    }

    private sealed class Answer(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
