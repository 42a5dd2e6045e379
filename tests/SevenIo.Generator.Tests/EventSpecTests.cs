using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The <c>events</c> section and <c>oneOf</c> models: what they generate, every mistake as a located
/// diagnostic, overlays that add to them, and <c>SevenIoGroups=Events</c>.
/// </summary>
public sealed class EventSpecTests
{
    private const string Client = """
        "client": { "name": "AcmeClient", "namespace": "Acme", "baseAddress": "https://api.acme.inc", "apiKeyHeader": "X-Key", "failure": { "success": "ok" } }
        """;

    private const string Models = """
        "Ping": { "properties": [ { "name": "id", "type": "string", "nullable": true } ] },
        "Pong": { "properties": [ { "name": "id", "type": "string", "nullable": true }, { "name": "kind", "type": "string", "nullable": true } ] },
        "Either": { "oneOf": [ { "model": "Pong", "when": { "member": "kind", "equals": "pong" } }, { "model": "Ping" } ] }
        """;

    [Fact]
    public void Events_generate_typed_classes_a_reader_and_an_unknown_event_that_compile_with_user_code()
    {
        const string user = """
            using Acme;

            public static class Handler
            {
                public static string Describe(WebhookEvent e) => e switch
                {
                    PingEvent ping => "ping " + ping.Data.Id,
                    EitherEvent { Data: Pong pong } => "pong " + pong.Kind,
                    EitherEvent { Data: Ping ping } => "ping in either " + ping.Id,
                    UnknownWebhookEvent unknown => "unknown " + unknown.EventType + unknown.Data.GetRawText(),
                    _ => e.EventType == WebhookEventType.Ping ? "ping" : e.EventType.ToString() + e.Time,
                };

                public static WebhookEvent Read(SevenIo.WebhookRequest request) => AcmeWebhooks.Read(request);

                public static WebhookEvent Make() => new PingEvent(new Ping { Id = "1" }, "2024-01-01 10:00:00");
            }
            """;

        var (result, output) = Run(user, Spec("""{ CLIENT, "models": { MODELS }, "events": { "ping": { "data": "Ping" }, "either": { "data": "Either", "description": "Ping or pong." } } }"""));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        var files = result.GeneratedSources.Select(s => s.HintName).ToHashSet();
        Assert.Superset(new HashSet<string> { "Acme.AcmeWebhooks.g.cs", "Acme.WebhookEvent.g.cs", "Acme.UnknownWebhookEvent.g.cs", "Acme.PingEvent.g.cs", "Acme.EitherEvent.g.cs", "Acme.Either.g.cs", "Acme.EitherJson.g.cs" }, files);
        Assert.Contains("public partial class Pong : global::Acme.Either", Source(result, "Acme.Pong.g.cs"), StringComparison.Ordinal);
        Assert.Contains("HasMember(reader, KindJsonName, \"pong\")", Source(result, "Acme.EitherJson.g.cs"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        {
            "data that is no model",
            Spec("""{ CLIENT, "models": { MODELS }, "events": { "ping": { "data": {|#0:"string"|} } } }"""),
            "SEVEN012|events.ping.data: an event's data is a model; 'string' is not one"
        },
        {
            "data of an unknown type",
            Spec("""{ CLIENT, "models": { MODELS }, "events": { "ping": { "data": {|#0:"Pnig"|} } } }"""),
            "SEVEN004|Pnig"
        },
        {
            "an event name that makes no class name",
            Spec("""{ CLIENT, "models": { MODELS }, "events": { {|#0:"2fa"|}: { "data": "Ping" } } }"""),
            "SEVEN006|"
        },
        {
            "an event class named like a model",
            Spec("""{ CLIENT, "models": { MODELS, "PingEvent": { "properties": [] } }, "events": { {|#0:"ping"|}: { "data": "Ping" } } }"""),
            "SEVEN005|"
        },
        {
            "a oneOf case that is an enum",
            Spec("""{ CLIENT, "enums": { "Mood": { "values": [ { "value": "ok" } ] } }, "models": { "Ping": { "properties": [] }, "Odd": { "oneOf": [ { "model": {|#0:"Mood"|} } ] } }, "events": {} }"""),
            "SEVEN012|models.Odd.oneOf[0].model: 'Mood' is no model with properties"
        },
        {
            "a model in two oneOf models",
            Spec("""{ CLIENT, "models": { MODELS, "Other": { "oneOf": [ { "model": {|#0:"Ping"|} } ] } }, "events": {} }"""),
            "SEVEN012|is already a case of"
        },
        {
            "a oneOf model with properties",
            Spec("""{ CLIENT, "models": { "Ping": { "properties": [] }, "Odd": { {|#0:"properties"|}: [], "oneOf": [ { "model": "Ping" } ] } } }"""),
            "SEVEN012|has no members of its own"
        },
        {
            "a case without a condition before the last",
            Spec("""{ CLIENT, "models": { "Ping": { "properties": [] }, "Pong": { "properties": [] }, "Odd": { "oneOf": [ {|#0:{ "model": "Ping" }|}, { "model": "Pong", "when": "x" } ] } } }"""),
            "SEVEN012|only the last case may leave out 'when'"
        },
        {
            "a oneOf model sent in a JSON body",
            Spec("""{ CLIENT, "models": { MODELS }, "operations": { "Things": { "Put": { "method": "POST", "path": "/t", "parameterLocation": "json", "parameters": [ { "name": "e", "type": {|#0:"Either"|} } ], "response": { "type": "Ping" } } } } }"""),
            "SEVEN012|can only be read, not sent"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_an_error_at_its_place_and_the_rest_still_compiles(string mistake, string spec, string expected)
    {
        var marked = SpecMarkup.Parse(spec);
        var (result, output) = Run("class C { }", marked.Text);

        var (id, message) = (expected.Split('|')[0], expected.Split('|')[1]);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(id == error.Id, $"{mistake}: {error}");
        Assert.Contains(message, error.SpecMessage(), StringComparison.Ordinal);
        var (start, end) = marked.Spans[0];
        Assert.Equal((start, end - start), (error.Location.SourceSpan.Start, error.Location.SourceSpan.Length));
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void An_overlay_adds_an_event_and_a_oneOf_case_to_the_package_client_and_a_clash_is_located_in_it()
    {
        var overlay = SpecMarkup.Parse("""
            {
              "client": "SevenClient",
              "models": {
                "WhatsAppMessage": { "properties": [ { "name": "id", "type": "string", "nullable": true } ] },
                "RcsReaction": { "properties": [ { "name": "reaction", "type": "string", "nullable": true } ] },
                "RcsUpdate": { "oneOf": [ { "model": "RcsReaction", "when": "reaction" } ] }
              },
              "events": {
                "wa_mo": { "data": "WhatsAppMessage", "description": "A WhatsApp message arrived." },
                {|#0:"dlr"|}: { "data": "WhatsAppMessage" }
              }
            }
            """);
        const string user = """
            using SevenIo;

            public static class Uses
            {
                public static string? Id(WaMoEvent e) => e.Data.Id;

                public static string? Reaction(RcsEvent e) => e.Data is RcsReaction r ? r.Reaction : null;
            }
            """;
        var specs = GeneratorHarness.CanonicalSpecs();
        var options = GeneratorHarness.Packaged(specs);
        specs.Add(new InMemoryAdditionalText("/src/acme.seven.json", overlay.Text));

        var driver = GeneratorHarness.Driver(specs, options: options).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(user), out var output, out _);
        var result = driver.GetRunResult().Results.Single();

        var clash = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN005", "/src/acme.seven.json"), (clash.Id, clash.Location.GetLineSpan().Path));
        Assert.Contains("the event at events.dlr in events.seven.json", clash.SpecMessage(), StringComparison.Ordinal);
        Assert.Equal(overlay.Spans[0].Start, clash.Location.SourceSpan.Start);
        GeneratorHarness.AssertNoWarnings(output);
        var union = Source(result, "SevenIo.RcsUpdateJson.g.cs");
        Assert.True(union.IndexOf("ReactionJsonName", StringComparison.Ordinal) < union.IndexOf("return global::SevenIo.RcsMessageJson", StringComparison.Ordinal), "the overlay's case goes before the case without a condition");
    }

    [Theory]
    [InlineData("Hooks", false)]
    [InlineData("Hooks;Events", true)]
    [InlineData("events", true)]
    [InlineData("", true)]
    public void SevenIoGroups_Events_selects_the_packages_events(string groups, bool generated)
    {
        var specs = GeneratorHarness.CanonicalSpecs();
        var options = GeneratorHarness.Packaged(specs, groups.Length == 0 ? null : groups);

        var result = GeneratorHarness.Driver(specs, options: options).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(generated, result.GeneratedSources.Any(s => s.HintName == "SevenIo.SmsMoEvent.g.cs"));
        Assert.Equal(generated, result.GeneratedSources.Any(s => s.HintName == "SevenIo.InboundSms.g.cs"));
    }

    /// <summary>A spec with the test client and models put in for CLIENT and MODELS.</summary>
    private static string Spec(string text) => text.Replace("CLIENT", Client, StringComparison.Ordinal).Replace("MODELS", Models, StringComparison.Ordinal);

    private static (GeneratorRunResult Result, Compilation Output) Run(string user, string spec)
    {
        var (result, output) = GeneratorHarness.Run(spec, "/spec/acme.seven.json", GeneratorHarness.Compilation(user));
        Assert.Null(result.Exception);
        return (result, output);
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
