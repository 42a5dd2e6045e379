using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SevenIo.Testing;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>The generated code compiles cleanly together with the code a user writes against it.</summary>
public sealed class GeneratedCodeTests
{
    private const string Usage = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using SevenIo;

        public static class Usage
        {
            public static async Task RunAsync(HttpClient httpClient, CancellationToken ct)
            {
                var client = new SevenClient("api-key");
                var client2 = new SevenClient(httpClient, new SevenClientOptions { ApiKey = "k", BaseAddress = new Uri("http://127.0.0.1:5000") });
                IReadOnlyList<Hook> hooks = await client.Hooks.ListAsync(ct);
                HookResult r = await client.Hooks.CreateAsync("https://acme.inc/webhook", HookEventType.SmsMo,
                    headers: "Authorization: Basic dXNlcjpwYXNz", eventFilter: "49157123456789",
                    requestMethod: HookRequestMethod.Json, cancellationToken: ct);
                HookResult minimal = await client2.Hooks.CreateAsync("https://acme.inc/webhook", HookEventType.All);
                long id = r.Id;
                await client.Hooks.DeleteAsync(id, ct);
                await client.Hooks.DeleteAsync("https://acme.inc/webhook", HookEventType.SmsMo, HookRequestMethod.Json, ct);

                Hook first = hooks[0];
                long hookId = first.Id;
                string targetUrl = first.TargetUrl;
                string? headers = first.Headers;
                HookEventType eventType = first.EventType;
                string? eventFilter = first.EventFilter;
                HookRequestMethod requestMethod = first.RequestMethod;
                bool? enabled = first.Enabled;
                DateTime created = first.Created;
                HookEventType later = new HookEventType("wa_mo");
                bool same = later == "WA_MO" && eventType != HookEventType.Tracking && requestMethod.Equals(HookRequestMethod.Post);
                GC.KeepAlive(new object[] { minimal, hookId, targetUrl, headers!, eventFilter!, enabled ?? false, created, same });
            }
        }

        public sealed class MockedHooks : HooksClient
        {
            public override Task<IReadOnlyList<Hook>> ListAsync(CancellationToken cancellationToken = default) =>
                Task.FromResult<IReadOnlyList<Hook>>(new[] { new Hook { Id = 1, TargetUrl = "https://a", EventType = HookEventType.All, RequestMethod = HookRequestMethod.Get, Enabled = true } });
        }

        public sealed class MockedClient : SevenClient
        {
            public override HooksClient Hooks { get; } = new MockedHooks();
        }
        """;

    [Fact]
    public void The_documented_usage_compiles_without_any_warning()
    {
        var (result, output) = GeneratorHarness.Run(SpecEdits.Hooks, compilation: GeneratorHarness.Compilation(Usage));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void Code_generated_for_csharp_7_3_compiles_without_nullable_annotations()
    {
        var (result, output) = GeneratorHarness.Run(SpecEdits.Hooks, compilation: GeneratorHarness.Compilation("class C { }", LanguageVersion.CSharp7_3));

        Assert.DoesNotContain(result.GeneratedSources, source => source.SourceText.ToString().Contains("#nullable", System.StringComparison.Ordinal));
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void A_new_operation_and_enum_value_in_the_spec_become_typed_csharp()
    {
        var spec = SpecEdits.Replace(
            "{ \"value\": \"tracking\", \"description\": \"Clicks or views from Performance Tracking.\" }",
            "{ \"value\": \"tracking\", \"description\": \"Clicks or views from Performance Tracking.\" },\n        { \"value\": \"wa_mo\", \"description\": \"A new inbound WhatsApp message.\" }")
            .Replace(
                "\"Create\": {",
                """
                "Get": {
                        "description": "Reads one webhook.",
                        "method": "GET",
                        "path": "/api/hooks/{id}",
                        "parameters": [ { "name": "id", "type": "int64", "required": true, "description": "The webhook's ID." } ],
                        "response": { "type": "Hook", "property": "hook" }
                      },
                      "Create": {
                """,
                System.StringComparison.Ordinal);
        const string user = """
            using System.Threading.Tasks;
            using SevenIo;

            public static class Extended
            {
                public static Task<Hook> ReadAsync(SevenClient client) => client.Hooks.GetAsync(42);

                public static HookEventType WhatsApp => HookEventType.WaMo;
            }
            """;

        var (result, output) = GeneratorHarness.Run(spec, compilation: GeneratorHarness.Compilation(user));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        var group = result.GeneratedSources.Single(s => s.HintName == "SevenIo.HooksClient.g.cs").SourceText.ToString();
        Assert.Contains("\"/api/hooks/\" + global::System.Uri.EscapeDataString(global::SevenIo.Runtime.WireText.Of(id))", group, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"additionalProperties\": \"Label\"")]
    [InlineData("\"properties\": [ { \"name\": \"labels\", \"type\": \"Label[]\" } ]")]
    [InlineData("\"properties\": [ { \"name\": \"tags\", \"type\": \"Tags\" } ]")]
    public void Every_model_a_sent_model_reaches_can_be_written(string member)
    {
        const string models = """
            "Label": { "properties": [ { "name": "text", "type": "string" } ] },
            "Tags": { "properties": [], "additionalProperties": "Label" },
            "Batch": { "properties": [], MEMBER },
            "HookResult": {
            """;
        var spec = SpecEdits.Hooks
            .Replace("\"HookResult\": {", models.Replace("MEMBER", member, System.StringComparison.Ordinal).Replace("\"properties\": [], \"properties\"", "\"properties\"", System.StringComparison.Ordinal), System.StringComparison.Ordinal)
            .Replace(
                "\"Create\": {",
                """
                "Import": { "method": "POST", "path": "/api/hooks/import", "parameterLocation": "json", "parameters": [ { "name": "batch", "type": "Batch", "required": true } ], "response": { "type": "string" } },
                      "Create": {
                """,
                System.StringComparison.Ordinal);

        var (result, output) = GeneratorHarness.Run(spec);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        Assert.Contains("public static void Write(", result.GeneratedSources.Single(s => s.HintName == "SevenIo.LabelJson.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_operations_own_failure_rules_replace_the_clients_member_by_member()
    {
        var spec = SpecEdits.Hooks.Replace(
            "\"Create\": {",
            """
            "Count": { "method": "GET", "path": "/api/hooks/count", "response": { "type": "int32" }, "failure": { "codeBody": false } },
                  "Check": { "method": "GET", "path": "/api/hooks/check", "response": { "type": "string" }, "failure": { "success": "ok", "successCodes": [ 1 ] } },
                  "Create": {
            """,
            System.StringComparison.Ordinal);

        var (result, output) = GeneratorHarness.Run(spec);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        var group = result.GeneratedSources.Single(s => s.HintName == "SevenIo.HooksClient.g.cs").SourceText.ToString();
        const string messages = "new[] { \"error_message\", \"error\", \"message\" }";
        Assert.Contains($"CountFailure = new global::SevenIo.Runtime.FailureEnvelope(\"success\", new[] {{ \"code\", \"error_code\" }}, {messages}, codeBody: false, successCodes: new[] {{ \"100\", \"101\" }});", group, System.StringComparison.Ordinal);
        Assert.Contains($"CheckFailure = new global::SevenIo.Runtime.FailureEnvelope(\"ok\", new[] {{ \"code\", \"error_code\" }}, {messages}, codeBody: true, successCodes: new[] {{ \"1\" }});", group, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CreateFailure", group, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void With_Microsoft_Extensions_Http_referenced_AddSevenClient_is_generated_and_compiles(LanguageVersion languageVersion)
    {
        const string user = """
            using Microsoft.Extensions.DependencyInjection;

            public static class Startup
            {
                public static IHttpClientBuilder Register(IServiceCollection services) =>
                    services.AddSevenClient(options => options.ApiKey = "key");
            }
            """;
        var compilation = GeneratorHarness.Compilation(user, languageVersion).AddReferences(GeneratorHarness.ExtensionsReferences);

        var (result, output) = GeneratorHarness.Run(SpecEdits.Hooks, compilation: compilation);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Microsoft.Extensions.DependencyInjection.SevenClientServiceCollectionExtensions.g.cs");
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void Without_Microsoft_Extensions_Http_no_dependency_injection_code_is_generated()
    {
        var (result, _) = GeneratorHarness.Run(SpecEdits.Hooks);

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Microsoft.Extensions", System.StringComparison.Ordinal));
    }
    [Fact]
    public void SEVEN023_ASP_NET_Core_without_the_companion_generates_no_endpoint_and_says_which_package_to_add()
    {
        var specs = GeneratorHarness.CanonicalSpecs("seven.seven.json", "events.seven.json");
        var withoutCompanion = GeneratorHarness.Compilation().AddReferences(NetReferences.AspNetCore);
        var withCompanion = GeneratorHarness.Compilation().AddReferences(GeneratorHarness.AspNetCoreReferences);

        var without = GeneratorHarness.Driver(specs, options: GeneratorHarness.Packaged(specs)).RunGenerators(withoutCompanion).GetRunResult().Results.Single();
        var with = GeneratorHarness.Driver(specs, options: GeneratorHarness.Packaged(specs)).RunGenerators(withCompanion).GetRunResult().Results.Single();

        var info = Assert.Single(without.Diagnostics);
        Assert.Equal(("SEVEN023", DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.EndsWith("events.seven.json", info.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Contains("SevenIo.Webhooks.AspNetCore", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(without.GeneratedSources, s => s.HintName.StartsWith("Microsoft.AspNetCore.", System.StringComparison.Ordinal));
        Assert.Contains(without.GeneratedSources, s => s.HintName == "SevenIo.SevenWebhooks.g.cs");

        Assert.Empty(with.Diagnostics);
        Assert.Contains(with.GeneratedSources, s => s.HintName == "Microsoft.AspNetCore.Builder.SevenWebhooksEndpointRouteBuilderExtensions.g.cs");
        Assert.Contains(with.GeneratedSources, s => s.HintName == "Microsoft.Extensions.DependencyInjection.SevenWebhooksServiceCollectionExtensions.g.cs");
    }
    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void More_than_six_optional_parameters_become_an_options_class_and_the_method_takes_the_required_ones(LanguageVersion languageVersion)
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"event_filter\", \"type\": \"string\", \"description\"",
            "{ \"name\": \"options\", \"type\": \"string\" },\n          { \"name\": \"a\", \"type\": \"int64\" },\n          { \"name\": \"b\", \"type\": \"string[]\", \"style\": \"indexed\" },\n          { \"name\": \"c\", \"type\": \"bool\" },\n          { \"name\": \"event_filter\", \"type\": \"string\", \"description\"");
        const string User = """
            public static class UserCode
            {
                public static System.Threading.Tasks.Task<SevenIo.HookResult> Use(SevenIo.SevenClient client) =>
                    client.Hooks.CreateAsync("https://a.example", SevenIo.HookEventType.All, new SevenIo.HooksCreateOptions { Headers = "x", Options = "o", A = 1, B = new[] { "b" }, C = true, EventFilter = "f", RequestMethod = SevenIo.HookRequestMethod.Json });
            }
            """;

        var (result, output) = GeneratorHarness.Run(spec, compilation: GeneratorHarness.Compilation(User, languageVersion));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        var group = result.GeneratedSources.Single(s => s.HintName == "SevenIo.HooksClient.g.cs").SourceText.ToString();
        Assert.Contains("CreateAsync(string targetUrl, global::SevenIo.HookEventType eventType, global::SevenIo.HooksCreateOptions", group, System.StringComparison.Ordinal);
        Assert.Contains("options2 = null, global::System.Threading.CancellationToken cancellationToken = default)", group, System.StringComparison.Ordinal);
        Assert.Contains("global::SevenIo.Runtime.Argument.AssertNotEmptyList(options2?.B, \"options2.B\");", group, System.StringComparison.Ordinal);
        Assert.Contains("request.AddForm(\"options\", options2.Options);", group, System.StringComparison.Ordinal);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "SevenIo.HooksCreateOptions.g.cs");
    }

    [Fact]
    public void A_required_model_member_starts_as_a_new_model_except_in_a_cycle_of_required_members()
    {
        var spec = SpecEdits.Replace(
            "\"HookResult\": {",
            """
            "Holder": { "properties": [ { "name": "inner", "type": "HookResult" }, { "name": "maybe", "type": "HookResult", "nullable": true }, { "name": "items", "type": "HookResult[]", "nullable": true } ] },
                "Node": { "properties": [ { "name": "next", "type": "Node" } ] },
                "Left": { "properties": [ { "name": "right", "type": "Right" } ] },
                "Right": { "properties": [ { "name": "left", "type": "Left" }, { "name": "holder", "type": "Holder" } ] },
                "HookResult": {
            """);
        var user = "public static class UserCode { public static long Use() => new SevenIo.Holder().Inner.Id + new SevenIo.Right().Holder.Items.Count; }";

        var (result, output) = GeneratorHarness.Run(spec, compilation: GeneratorHarness.Compilation(user));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        string Source(string type) => result.GeneratedSources.Single(s => s.HintName == $"SevenIo.{type}.g.cs").SourceText.ToString();
        Assert.Contains("public global::SevenIo.HookResult Inner { get; set; } = new global::SevenIo.HookResult();", Source("Holder"), System.StringComparison.Ordinal);
        Assert.Contains("public global::SevenIo.HookResult? Maybe { get; set; }", Source("Holder"), System.StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::SevenIo.HookResult> Items { get; set; } = global::System.Array.Empty<global::SevenIo.HookResult>();", Source("Holder"), System.StringComparison.Ordinal);
        Assert.Contains("public global::SevenIo.Node Next { get; set; } = null!;", Source("Node"), System.StringComparison.Ordinal);
        Assert.Contains("public global::SevenIo.Right Right { get; set; } = null!;", Source("Left"), System.StringComparison.Ordinal);
        Assert.Contains("public global::SevenIo.Left Left { get; set; } = null!;", Source("Right"), System.StringComparison.Ordinal);
        Assert.Contains("public global::SevenIo.Holder Holder { get; set; } = new global::SevenIo.Holder();", Source("Right"), System.StringComparison.Ordinal);
    }
}
