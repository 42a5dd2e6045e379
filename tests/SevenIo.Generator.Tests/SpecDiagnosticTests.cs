using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Broken specs give a diagnostic with the right ID and severity, at the offending token, naming
/// its JSON path; a broken spec generates nothing and never makes the generator throw.
/// </summary>
public sealed class SpecDiagnosticTests
{
    [Fact]
    public void The_hooks_spec_has_no_diagnostics()
    {
        var (result, output) = GeneratorHarness.Run(SpecEdits.Hooks);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        Assert.Equal(9, result.GeneratedSources.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")));
    }

    [Fact]
    public void Malformed_json_is_reported_where_it_breaks()
    {
        var spec = SpecEdits.Replace("\"GET\",\n", "\"GET\"\n");

        AssertSingle(spec, "SEVEN001", "\"path\": \"/api/hooks\",\n        \"response\": { \"type\": \"Hook[]\"", "Expected ',' or '}'");
    }

    [Fact]
    public void A_missing_required_member_is_reported_on_its_object()
    {
        var spec = SpecEdits.Replace("\"baseAddress\": \"https://gateway.seven.io\",\n", string.Empty);

        AssertSingle(spec, "SEVEN002", "{\n    \"name\": \"SevenClient\"", "client has no 'baseAddress' member");
    }

    [Fact]
    public void A_member_of_the_wrong_kind_is_reported_at_its_value()
    {
        var spec = SpecEdits.Replace("{ \"name\": \"id\", \"type\": \"int64\", \"required\": true, \"description\": \"The ID of the webhook to delete.\" }", "{ \"name\": \"id\", \"type\": \"int64\", \"required\": \"yes\", \"description\": \"The ID of the webhook to delete.\" }");

        AssertSingle(spec, "SEVEN003", "\"yes\"", "operations.Hooks.Delete.parameterSets[0].parameters[0].required must be true or false, not a string");
    }

    [Fact]
    public void An_unknown_type_names_its_json_path()
    {
        var spec = SpecEdits.Replace("\"type\": \"Hook[]\"", "\"type\": \"Hok[]\"");

        AssertSingle(spec, "SEVEN004", "\"Hok[]\"", "operations.Hooks.List.response.type: 'Hok[]' is not a type");
    }

    [Fact]
    public void A_duplicate_enum_value_is_reported_at_the_second_one()
    {
        var spec = SpecEdits.Replace("{ \"value\": \"rcs\"", "{ \"value\": \"all\"");

        AssertSingle(spec, "SEVEN005", "\"all\", \"description\": \"RCS", "enums.HookEventType.values[1].value: the name 'all' is already used by the enum value at enums.HookEventType.values[0]");
    }

    [Fact]
    public void A_wire_name_that_makes_no_identifier_asks_for_a_csharp_name()
    {
        var spec = SpecEdits.Replace("{ \"value\": \"tracking\"", "{ \"value\": \"2fa\"");

        AssertSingle(spec, "SEVEN006", "\"2fa\"", "'2fa' is not a valid C# identifier (derived from '2fa'); set 'csharpName'");
    }

    [Fact]
    public void An_unsupported_http_method_is_reported()
    {
        var spec = SpecEdits.Replace("\"method\": \"GET\"", "\"method\": \"FETCH\"");

        AssertSingle(spec, "SEVEN007", "\"FETCH\"", "operations.Hooks.List.method: 'FETCH' is not a supported HTTP method");
    }

    [Fact]
    public void A_default_that_is_not_a_value_of_the_enum_is_reported()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"request_method\", \"type\": \"HookRequestMethod\", \"default\": \"POST\", \"description\": \"How the webhook is delivered.\" }\n        ],\n        \"response\": { \"type\": \"HookResult\", \"description\": \"The new",
            "{ \"name\": \"request_method\", \"type\": \"HookRequestMethod\", \"default\": \"PUT\", \"description\": \"How the webhook is delivered.\" }\n        ],\n        \"response\": { \"type\": \"HookResult\", \"description\": \"The new");

        AssertSingle(spec, "SEVEN008", "\"PUT\"", "operations.Hooks.Create.parameters[4].default: the default \"PUT\" does not fit the type 'HookRequestMethod'");
    }

    [Fact]
    public void An_enum_without_values_is_reported()
    {
        var at = SpecEdits.Hooks.IndexOf("\"values\": [\n        { \"value\": \"POST\"", StringComparison.Ordinal);
        var end = SpecEdits.Hooks.IndexOf(']', at);
        var spec = string.Concat(SpecEdits.Hooks.AsSpan(0, at), "\"values\": [ ]", SpecEdits.Hooks.AsSpan(end + 1));

        AssertSingle(spec, "SEVEN009", "[ ]", "enums.HookRequestMethod.values: the enum 'HookRequestMethod' declares no values", anyOthers: true);
    }

    [Fact]
    public void A_path_placeholder_without_a_parameter_is_reported()
    {
        var spec = SpecEdits.Replace("\"description\": \"Registers a webhook.\",\n        \"method\": \"POST\",\n        \"path\": \"/api/hooks\"", "\"description\": \"Registers a webhook.\",\n        \"method\": \"POST\",\n        \"path\": \"/api/hooks/{hook_id}\"");

        AssertSingle(spec, "SEVEN010", "\"/api/hooks/{hook_id}\"", "operations.Hooks.Create.path: the path placeholder '{hook_id}' has no parameter of that name");
    }

    [Fact]
    public void An_unknown_member_is_a_warning_with_a_suggestion_and_the_spec_still_generates()
    {
        var spec = SpecEdits.Replace("\"type\": \"string\", \"required\": true, \"description\": \"The address the webhook is sent to.\" },\n          { \"name\": \"headers\"", "\"type\": \"string\", \"requird\": true, \"description\": \"The address the webhook is sent to.\" },\n          { \"name\": \"headers\"");

        var diagnostic = AssertSingle(spec, "SEVEN011", "\"requird\"", "operations.Hooks.Create.parameters[0]: 'requird' is not a member the spec format knows, so it is ignored (did you mean 'required'?)");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(9, GeneratorHarness.Run(spec).Result.GeneratedSources.Length);
    }

    [Fact]
    public void A_duplicate_json_member_is_reported_at_the_second_one()
    {
        var spec = SpecEdits.Replace("\"apiKeyHeader\": \"X-Api-Key\",", "\"apiKeyHeader\": \"X-Api-Key\", \"baseAddress\": \"https://example.com\",");

        AssertSingle(spec, "SEVEN013", "\"baseAddress\": \"https://example.com\"", "client: the member 'baseAddress' appears more than once");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"client\": 1, \"operations\": []}")]
    [InlineData("{\"operations\": {\"Hooks\": {\"List\": {\"method\": \"GET\", \"path\": \"x\", \"response\": {\"type\": \"Nope\"}}}}}")]
    public void Garbage_gives_errors_in_the_spec_and_never_an_exception(string spec)
    {
        var (result, _) = GeneratorHarness.Run(spec);

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "/spec/hooks.seven.json");
    }

    private static Diagnostic AssertSingle(string spec, string id, string at, string message, bool anyOthers = false)
    {
        var (result, _) = GeneratorHarness.Run(spec);
        Assert.Null(result.Exception);
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        var diagnostic = Assert.Single(matching);
        if (!anyOthers)
        {
            Assert.All(result.Diagnostics, d => Assert.Equal(id, d.Id));
        }

        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Assert.Empty(result.GeneratedSources);
        }

        var offset = spec.IndexOf(at, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{at}' is not in the spec");
        var expectedLine = spec.AsSpan(0, offset).Count('\n');
        var expectedColumn = offset - (spec.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/spec/hooks.seven.json", span.Path);
        Assert.Equal((expectedLine, expectedColumn), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(offset, diagnostic.Location.SourceSpan.Start);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return diagnostic;
    }
}
