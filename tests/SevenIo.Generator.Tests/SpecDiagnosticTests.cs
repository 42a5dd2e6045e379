using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// One test per diagnostic: spec text with the expected spans marked in, and the exact ID, severity,
/// message and line/column span of every diagnostic out. What has an error is left out of the
/// generated code and says so (SEVEN016); the rest still generates and compiles.
/// </summary>
public sealed class SpecDiagnosticTests
{
    private const string LeftOutUntilFixed = "is left out of the generated code until the errors in it are fixed";

    [Fact]
    public void The_hooks_spec_has_no_diagnostics()
    {
        var (result, output) = GeneratorHarness.Run(SpecEdits.Hooks);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        Assert.Equal(9, result.GeneratedSources.Length);
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void SEVEN001_malformed_json_is_reported_where_it_breaks_and_nothing_is_generated()
    {
        var spec = SpecEdits.Replace("\"method\": \"GET\",\n        \"path\": \"/api/hooks\",", "\"method\": \"GET\"\n        {|#0:\"|}path\": \"/api/hooks\",");

        var result = Verify(spec, Error(0, "SEVEN001", "The spec is not valid JSON: Expected ',' or '}' after a property value but found '\"'."));

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void SEVEN002_a_missing_required_member_is_reported_on_its_object()
    {
        var spec = SpecEdits.Replace("\"headers\", \"type\": \"string\", \"nullable\"", "\"headers\", \"nullable\"");
        spec = SpecMarkup.Mark(spec, "{ \"name\": \"headers\", \"nullable\": true, \"description\": \"HTTP headers sent with the webhook, several separated by a line feed; the gateway leaves them out of lists.\" }", 0);
        spec = SpecMarkup.Mark(spec, "\"Hook\": {\n      \"description\"", 9, part: "\"Hook\"");

        Verify(
            spec,
            Error(0, "SEVEN002", "models.Hook.properties[2] has no 'type' member, which is required"),
            Warning(9, "SEVEN016", "models.Hook: 'Hook' " + LeftOutUntilFixed),
            LeftOutBecauseOf("Hooks", "List", "Hook"));
    }

    [Fact]
    public void SEVEN003_a_member_of_the_wrong_kind_is_reported_at_its_value()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"id\", \"type\": \"int64\", \"required\": true, \"description\": \"The ID of the webhook to delete.\" }",
            "{ \"name\": \"id\", \"type\": \"int64\", \"required\": {|#0:\"yes\"|}, \"description\": \"The ID of the webhook to delete.\" }");

        var result = Verify(
            spec,
            Error(0, "SEVEN003", "operations.Hooks.Delete.parameterSets[0].parameters[0].required must be true or false, not a string"),
            LeftOutUntilFixedAt("Hooks", "Delete"));

        AssertGeneratedOperations(result, "ListAsync(", "CreateAsync(");
    }

    [Fact]
    public void SEVEN004_an_unknown_type_names_its_json_path_and_only_that_operation_is_left_out()
    {
        var spec = SpecEdits.Replace("\"type\": \"Hook[]\"", "\"type\": {|#0:\"Hok[]\"|}");

        var result = Verify(
            spec,
            Error(0, "SEVEN004", "operations.Hooks.List.response.type: 'Hok[]' is not a type; use string, int32, int64, decimal, double, bool, datetime, json, an enum or model declared in the spec, or one of those followed by []"),
            LeftOutUntilFixedAt("Hooks", "List"));

        AssertGeneratedOperations(result, "CreateAsync(", "DeleteAsync(long id", "DeleteAsync(string targetUrl");
    }

    [Fact]
    public void SEVEN005_a_duplicate_enum_value_is_reported_at_the_second_one()
    {
        var spec = SpecEdits.Replace("{ \"value\": \"rcs\"", "{ \"value\": {|#0:\"all\"|}");
        spec = SpecMarkup.Mark(spec, "\"HookEventType\": {", 9, part: "\"HookEventType\"");

        Verify(
            spec,
            Error(0, "SEVEN005", "enums.HookEventType.values[1].value: the name 'all' is already used by the enum value at enums.HookEventType.values[0]"),
            Warning(9, "SEVEN016", "enums.HookEventType: 'HookEventType' " + LeftOutUntilFixed),
            LeftOutBecauseOf("Hooks", "Create", "HookEventType"),
            LeftOutBecauseOf("Hooks", "Delete", "HookEventType"),
            Warning(-1, "SEVEN016", "models.Hook: 'Hook' is left out of the generated code until 'HookEventType', which it uses, is generated"),
            LeftOutBecauseOf("Hooks", "List", "Hook"));
    }

    [Fact]
    public void SEVEN005_a_type_name_used_twice_keeps_the_first_declaration()
    {
        var spec = SpecEdits.Replace("\"HookResult\": {\n      \"description\"", "{|#0:\"HookRequestMethod\"|}: {\n      \"description\"");

        Verify(
            spec,
            Error(0, "SEVEN005", "models.HookRequestMethod: the name 'HookRequestMethod' is already used by the type at enums.HookRequestMethod"),
            Error(-1, "SEVEN004", "operations.Hooks.Create.response.type: 'HookResult' is not a type; use string, int32, int64, decimal, double, bool, datetime, json, an enum or model declared in the spec, or one of those followed by []"),
            Error(-1, "SEVEN004", "operations.Hooks.Delete.response.type: 'HookResult' is not a type; use string, int32, int64, decimal, double, bool, datetime, json, an enum or model declared in the spec, or one of those followed by []"),
            LeftOutUntilFixedAt("Hooks", "Create"),
            LeftOutUntilFixedAt("Hooks", "Delete"));
    }

    [Fact]
    public void SEVEN005_two_parameter_sets_with_the_same_types_would_clash_as_overloads()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"id\", \"type\": \"int64\", \"required\": true, \"description\": \"The ID of the webhook to delete.\" }\n            ]\n          },\n          {",
            "{ \"name\": \"id\", \"type\": \"int64\", \"required\": true, \"description\": \"The ID of the webhook to delete.\" }\n            ]\n          },\n          { \"parameters\": [ { \"name\": \"number\", \"type\": \"int64\", \"required\": true } ] },\n          {");
        spec = SpecMarkup.Mark(spec, "{ \"parameters\": [ { \"name\": \"number\", \"type\": \"int64\", \"required\": true } ] }", 0);

        Verify(
            spec,
            Error(0, "SEVEN005", "operations.Hooks.Delete.parameterSets[1]: the name '(int64)' is already used by parameterSets[0], which has the same parameter types, so the two C# overloads would clash"),
            LeftOutUntilFixedAt("Hooks", "Delete"));
    }

    [Fact]
    public void SEVEN006_a_wire_name_that_makes_no_identifier_asks_for_a_csharp_name()
    {
        var spec = SpecEdits.Replace("{ \"value\": \"tracking\"", "{ \"value\": {|#0:\"2fa\"|}");

        Verify(
            spec,
            Error(0, "SEVEN006", "enums.HookEventType.values[7].value: '2fa' is not a valid C# identifier (derived from '2fa'); set 'csharpName'"),
            Warning(-1, "SEVEN016", "enums.HookEventType: 'HookEventType' " + LeftOutUntilFixed),
            LeftOutBecauseOf("Hooks", "Create", "HookEventType"),
            LeftOutBecauseOf("Hooks", "Delete", "HookEventType"),
            Warning(-1, "SEVEN016", "models.Hook: 'Hook' is left out of the generated code until 'HookEventType', which it uses, is generated"),
            LeftOutBecauseOf("Hooks", "List", "Hook"));
    }

    [Fact]
    public void C_sharp_keywords_are_escaped_rather_than_reported()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"event_filter\", \"type\": \"string\", \"description\": \"Send the webhook only",
            "{ \"name\": \"event_filter\", \"csharpName\": \"event\", \"type\": \"string\", \"description\": \"Send the webhook only");

        var (result, output) = GeneratorHarness.Run(spec);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        Assert.Contains("string? @event = null", Source(result, "SevenIo.HooksClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("request.AddForm(\"event_filter\", @event);", Source(result, "SevenIo.HooksClient.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SEVEN007_an_unsupported_http_method_is_reported()
    {
        var spec = SpecEdits.Replace("\"method\": \"GET\"", "\"method\": {|#0:\"FETCH\"|}");

        Verify(
            spec,
            Error(0, "SEVEN007", "operations.Hooks.List.method: 'FETCH' is not a supported HTTP method; use GET, POST, PUT, PATCH or DELETE"),
            LeftOutUntilFixedAt("Hooks", "List"));
    }

    [Fact]
    public void SEVEN008_a_default_that_is_not_a_value_of_the_enum_is_reported()
    {
        var spec = SpecEdits.Replace(
            "\"default\": \"POST\", \"description\": \"How the webhook is delivered.\" }\n        ],\n        \"response\": { \"type\": \"HookResult\", \"description\": \"The new",
            "\"default\": {|#0:\"PUT\"|}, \"description\": \"How the webhook is delivered.\" }\n        ],\n        \"response\": { \"type\": \"HookResult\", \"description\": \"The new");

        Verify(
            spec,
            Error(0, "SEVEN008", "operations.Hooks.Create.parameters[4].default: the default \"PUT\" does not fit the type 'HookRequestMethod'"),
            LeftOutUntilFixedAt("Hooks", "Create"));
    }

    [Fact]
    public void SEVEN008_a_default_of_the_wrong_json_kind_is_reported()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"id\", \"type\": \"int64\", \"required\": true, \"description\": \"The ID of the webhook to delete.\" }",
            "{ \"name\": \"id\", \"type\": \"int64\", \"required\": true, \"default\": {|#0:\"one\"|}, \"description\": \"The ID of the webhook to delete.\" }");

        Verify(
            spec,
            Error(0, "SEVEN008", "operations.Hooks.Delete.parameterSets[0].parameters[0].default: the default \"one\" does not fit the type 'int64'"),
            LeftOutUntilFixedAt("Hooks", "Delete"));
    }

    [Fact]
    public void SEVEN009_an_enum_without_values_is_reported()
    {
        var at = SpecEdits.Hooks.IndexOf("\"values\": [\n        { \"value\": \"POST\"", StringComparison.Ordinal);
        var end = SpecEdits.Hooks.IndexOf(']', at);
        var spec = string.Concat(SpecEdits.Hooks.AsSpan(0, at), "\"values\": {|#0:[ ]|}", SpecEdits.Hooks.AsSpan(end + 1));

        Verify(
            spec,
            Error(0, "SEVEN009", "enums.HookRequestMethod.values: the enum 'HookRequestMethod' declares no values"),
            Warning(-1, "SEVEN016", "enums.HookRequestMethod: 'HookRequestMethod' " + LeftOutUntilFixed),
            LeftOutBecauseOf("Hooks", "Create", "HookRequestMethod"),
            LeftOutBecauseOf("Hooks", "Delete", "HookRequestMethod"),
            Warning(-1, "SEVEN016", "models.Hook: 'Hook' is left out of the generated code until 'HookRequestMethod', which it uses, is generated"),
            LeftOutBecauseOf("Hooks", "List", "Hook"));
    }

    [Fact]
    public void SEVEN010_a_path_placeholder_without_a_parameter_is_reported()
    {
        var spec = SpecEdits.Replace(
            "\"description\": \"Registers a webhook.\",\n        \"method\": \"POST\",\n        \"path\": \"/api/hooks\"",
            "\"description\": \"Registers a webhook.\",\n        \"method\": \"POST\",\n        \"path\": {|#0:\"/api/hooks/{hook_id}\"|}");

        Verify(
            spec,
            Error(0, "SEVEN010", "operations.Hooks.Create.path: the path placeholder '{hook_id}' has no parameter of that name in operations.Hooks.Create.parameters"),
            LeftOutUntilFixedAt("Hooks", "Create"));
    }

    [Fact]
    public void SEVEN011_an_unknown_member_is_a_warning_with_a_suggestion_and_everything_still_generates()
    {
        var spec = SpecEdits.Replace(
            "\"type\": \"string\", \"format\": \"http-uri\", \"required\": true, \"description\": \"The address the webhook is sent to.\" },\n          { \"name\": \"headers\"",
            "\"type\": \"string\", \"format\": \"http-uri\", {|#0:\"requird\"|}: true, \"description\": \"The address the webhook is sent to.\" },\n          { \"name\": \"headers\"");

        var result = Verify(
            spec,
            Warning(0, "SEVEN011", "operations.Hooks.Create.parameters[0]: 'requird' is not a member the spec format knows, so it is ignored (did you mean 'required'?)"));

        Assert.Equal(9, result.GeneratedSources.Length);
    }

    [Fact]
    public void SEVEN012_a_base_address_that_is_not_absolute_is_reported_and_nothing_is_generated()
    {
        var spec = SpecEdits.Replace("\"baseAddress\": \"https://gateway.seven.io\"", "\"baseAddress\": {|#0:\"gateway.seven.io\"|}");

        var result = Verify(spec, Error(0, "SEVEN012", "client.baseAddress: 'gateway.seven.io' is not an absolute http or https address"));

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void SEVEN012_a_string_format_other_than_http_uri_is_reported()
    {
        var spec = SpecEdits.Replace("\"name\": \"event_filter\", \"type\": \"string\", \"description\": \"Send", "\"name\": \"event_filter\", \"type\": \"string\", \"format\": {|#0:\"email\"|}, \"description\": \"Send");

        Verify(
            spec,
            Error(0, "SEVEN012", "operations.Hooks.Create.parameters[3].format: 'email' is not a string format; the only one is 'http-uri'"),
            LeftOutUntilFixedAt("Hooks", "Create"));
    }

    [Fact]
    public void SEVEN012_success_codes_beside_a_success_member_that_is_null_are_reported_at_the_codes()
    {
        var spec = SpecEdits.Replace(
            "\"response\": { \"type\": \"Hook[]\", \"property\": \"hooks\", \"description\": \"The account's webhooks.\" }",
            "\"response\": { \"type\": \"Hook[]\", \"property\": \"hooks\", \"description\": \"The account's webhooks.\" }, \"failure\": { \"success\": null, \"successCodes\": [\"100\"] }");

        var (result, _) = GeneratorHarness.Run(spec);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "SEVEN012");
        Assert.Equal("operations.Hooks.List.failure.successCodes: successCodes need a success member, and \"success\": null says this operation's answers have none", error.SpecMessage());
        Assert.Equal(spec.IndexOf("[\"100\"]", StringComparison.Ordinal), error.Location.SourceSpan.Start);
    }

    public static TheoryData<string, string, string> PagingMistakes => new()
    {
        { "\"paging\": { \"offset\": {|#0:\"skip\"|} }", Paged, "operations.Hooks.List.paging.offset: the paging offset 'skip' must be an optional int32 parameter of every parameter set: the operation has no parameter of that name" },
        { "\"paging\": { \"limit\": {|#0:\"label\"|} }", Paged, "operations.Hooks.List.paging.limit: the paging limit 'label' must be an optional int32 parameter of every parameter set: it is not an optional int32 in the query or form" },
        { "\"paging\": { \"limit\": {|#0:\"offset\"|} }", Paged, "operations.Hooks.List.paging.limit: give the parameter 'offset' a positive 'default': the page size the gateway uses when no limit is asked, which tells a short page, the last" },
        { "\"paging\": { \"items\": {|#0:\"hooks\"|} }", Paged, "operations.Hooks.List.paging.items: the response is the list itself; leave 'items' out" },
        { "\"paging\": { \"hasMore\": {|#0:\"success\"|} }", Paged, "operations.Hooks.List.paging.hasMore: 'success' does not lead to a member: 'success' is below a value that is no model" },
        { "\"paging\": { \"hasMore\": {|#0:\"a..b\"|} }", Paged, "operations.Hooks.List.paging.hasMore: 'a..b' is no member path; write member names joined by dots, e.g. pagingMetadata.has_more" },
        { "\"paging\": { \"csharpName\": {|#0:\"Create\"|} }", Paged, "operations.Hooks.List.paging.csharpName: the name 'CreateAsync' is already used by the method of operations.Hooks.Create; set 'paging.csharpName'" },
    };

    /// <summary>The hooks list made a page of a longer list: a limit with a default, an offset, and a label that is no number.</summary>
    private const string Paged = "\"parameters\": [ { \"name\": \"label\", \"type\": \"string\" }, { \"name\": \"limit\", \"type\": \"int32\", \"default\": 20 }, { \"name\": \"offset\", \"type\": \"int32\" } ], ";

    [Theory]
    [MemberData(nameof(PagingMistakes))]
    public void SEVEN012_a_paging_that_does_not_fit_its_operation_is_reported_at_the_member_that_is_wrong(string paging, string parameters, string message)
    {
        var spec = SpecEdits.Replace(
            "\"path\": \"/api/hooks\",\n        \"response\": { \"type\": \"Hook[]\", \"property\": \"hooks\", \"description\": \"The account's webhooks.\" }",
            "\"path\": \"/api/hooks\", " + parameters + "\"response\": { \"type\": \"Hook[]\", \"property\": \"hooks\", \"description\": \"The account's webhooks.\" }, " + paging);

        var expected = message.Contains("already used", StringComparison.Ordinal)
            ? new[] { Error(0, "SEVEN005", message), Warning(-1, "SEVEN016", "operations.Hooks.List: 'List' is left out of the generated code until its paged method has a name of its own") }
            : new[] { Error(0, "SEVEN012", message), LeftOutUntilFixedAt("Hooks", "List") };
        var result = Verify(spec, expected);

        AssertGeneratedOperations(result, "CreateAsync(", "DeleteAsync(long id", "DeleteAsync(string targetUrl");
    }

    public static TheoryData<string, string> PartialSuccessMistakes => new()
    {
        { "{ \"items\": {|#0:\"nope\"|}, \"success\": \"enabled\" }", "models.Batch.partialSuccess.items: 'nope' must be a property of 'Batch' that holds a list of models" },
        { "{ \"items\": {|#0:\"label\"|}, \"success\": \"enabled\" }", "models.Batch.partialSuccess.items: 'label' must be a property of 'Batch' that holds a list of models" },
        { "{ \"items\": \"hooks\", \"success\": {|#0:\"id\"|} }", "models.Batch.partialSuccess.success: 'id' must be a bool property of 'Hook', the model of an entry" },
        { "{ \"items\": \"hooks\", \"success\": \"enabled\", \"code\": {|#0:\"id\"|} }", "models.Batch.partialSuccess.code: 'id' must be a string or enum property of 'Hook', the model of an entry" },
    };

    [Theory]
    [MemberData(nameof(PartialSuccessMistakes))]
    public void SEVEN012_a_partial_success_that_does_not_fit_its_model_is_reported_and_the_model_left_out(string partialSuccess, string message)
    {
        var spec = SpecEdits.Replace(
            "\"models\": {",
            "\"models\": { \"Batch\": { \"partialSuccess\": " + partialSuccess + ", \"properties\": [ { \"name\": \"hooks\", \"type\": \"Hook[]\" }, { \"name\": \"label\", \"type\": \"string\" } ] },");

        var result = Verify(spec, Error(0, "SEVEN012", message), Warning(-1, "SEVEN016", "models.Batch: 'Batch' " + LeftOutUntilFixed));

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("Batch", StringComparison.Ordinal));
        AssertGeneratedOperations(result, "ListAsync(", "CreateAsync(", "DeleteAsync(long id", "DeleteAsync(string targetUrl");
    }

    [Fact]
    public void SEVEN012_paging_in_a_file_that_only_adds_parameters_is_reported()
    {
        var spec = SpecEdits.Replace("\"List\": {", "\"List\": { \"paging\": {} }, \"Listed\": {");

        var (result, _) = GeneratorHarness.Run(spec);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "SEVEN012");
        Assert.Equal("operations.Hooks.List.paging: only the file that declares the operation (method, path, response) can say how it pages", error.SpecMessage());
    }

    [Fact]
    public void An_operation_whose_success_is_null_reads_no_member_of_its_answers_as_a_failure()
    {
        var spec = SpecEdits.Replace(
            "\"response\": { \"type\": \"Hook[]\", \"property\": \"hooks\", \"description\": \"The account's webhooks.\" }",
            "\"response\": { \"type\": \"Hook[]\", \"property\": \"hooks\", \"description\": \"The account's webhooks.\" }, \"failure\": { \"success\": null }");

        var (result, output) = GeneratorHarness.Run(spec);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        var group = result.GeneratedSources.Single(s => s.HintName == "SevenIo.HooksClient.g.cs").SourceText.ToString();
        Assert.Contains("= new global::SevenIo.Runtime.FailureEnvelope(\"\", ", group, StringComparison.Ordinal);
    }

    [Fact]
    public void SEVEN013_a_duplicate_json_member_is_reported_at_the_second_one()
    {
        var spec = SpecEdits.Replace("\"apiKeyHeader\": \"X-Api-Key\",", "\"apiKeyHeader\": \"X-Api-Key\", {|#0:\"baseAddress\"|}: \"https://example.com\",");

        Verify(spec, Error(0, "SEVEN013", "client: the member 'baseAddress' appears more than once in the same object"));
    }

    [Fact]
    public void SEVEN016_what_uses_a_broken_model_is_left_out_and_the_rest_still_compiles()
    {
        var spec = SpecEdits.Replace("{ \"name\": \"enabled\", \"type\": \"bool\"", "{ \"name\": \"enabled\", \"type\": {|#0:\"boolean\"|}");
        spec = SpecMarkup.Mark(spec, "\"Hook\": {\n      \"description\"", 1, part: "\"Hook\"");
        spec = SpecMarkup.Mark(spec, "\"List\": {", 2, part: "\"List\"");

        var result = Verify(
            spec,
            Error(0, "SEVEN004", "models.Hook.properties[6].type: 'boolean' is not a type; use string, int32, int64, decimal, double, bool, datetime, json, an enum or model declared in the spec, or one of those followed by []"),
            Warning(1, "SEVEN016", "models.Hook: 'Hook' " + LeftOutUntilFixed),
            Warning(2, "SEVEN016", "operations.Hooks.List: 'List' is left out of the generated code until 'Hook', which it uses, is generated"));

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName is "SevenIo.Hook.g.cs" or "SevenIo.HookJson.g.cs");
        AssertGeneratedOperations(result, "CreateAsync(", "DeleteAsync(long id", "DeleteAsync(string targetUrl");
    }

    [Fact]
    public void SEVEN022_a_spec_file_that_cannot_be_opened_is_reported_at_its_start_as_the_users_problem()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver([new UnreadableText("/spec/locked.seven.json")]);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN022", DiagnosticSeverity.Error, "/spec/locked.seven.json"), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal("locked.seven.json: the spec file cannot be read: it does not exist or cannot be opened; check the path of its AdditionalFiles item, and that no other program locks it", diagnostic.SpecMessage());
        Assert.DoesNotContain("report", diagnostic.SpecMessage(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Exception);
    }

    [Fact]
    public void SEVEN022_a_spec_file_that_is_not_utf8_is_reported_at_the_first_undecodable_byte()
    {
        var compilation = GeneratorHarness.Compilation();
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\n  \"client\": \"Seven\u00e4Client\"\n}");
        bytes[bytes.Length - 11] = 0xE4; // the first byte of "ä" in UTF-8 becomes "ä" in Latin-1, which UTF-8 cannot decode
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(new System.Text.UTF8Encoding(false, false).GetString(bytes));
        var driver = GeneratorHarness.Driver([new InMemoryAdditionalText("/spec/latin1.seven.json", text.ToString())]);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var diagnostic = Assert.Single(result.Diagnostics);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(("SEVEN022", 1, text.ToString().Split('\n')[1].IndexOf('\uFFFD', StringComparison.Ordinal)), (diagnostic.Id, position.Line, position.Character));
        Assert.Equal("latin1.seven.json: the spec file cannot be read: it is not UTF-8 text (a byte here decodes to no character); save it as UTF-8", diagnostic.SpecMessage());
    }

    [Fact]
    public void SEVEN014_an_unexpected_failure_while_reading_a_spec_is_reported_at_its_start_never_thrown()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver([new FailingText("/spec/hooks.seven.json")]);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN014", DiagnosticSeverity.Error, "/spec/hooks.seven.json"), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal("The generator failed while processing this spec; nothing was generated from it. Please report this: InvalidOperationException: the text broke", diagnostic.SpecMessage());
        Assert.Null(result.Exception);
    }

    [Fact]
    public void SEVEN015_two_clients_that_generate_the_same_type_are_reported_and_the_code_still_compiles()
    {
        var compilation = GeneratorHarness.Compilation();
        var other = SpecEdits.Replace("\"name\": \"SevenClient\"", "\"name\": \"OtherClient\"");
        GeneratorDriver driver = GeneratorHarness.Driver(
            [new InMemoryAdditionalText("/spec/a.seven.json", SpecEdits.Hooks), new InMemoryAdditionalText("/spec/b.seven.json", other)]);

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();

        // Every type of the second client but its own client and options classes clashes; none of its files is generated.
        Assert.Equal(9, result.GeneratedSources.Length);
        Assert.Equal(7, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal(("SEVEN015", DiagnosticSeverity.Error, "/spec/b.seven.json"), (d.Id, d.Severity, d.Location.GetLineSpan().Path)));
        var hook = result.Diagnostics.Single(d => d.SpecMessage().Contains("'SevenIo.Hook'", StringComparison.Ordinal));
        Assert.Equal("/spec/b.seven.json: the type 'SevenIo.Hook' is also generated from '/spec/a.seven.json', so nothing of this client is generated; rename it or move one spec to another namespace", hook.SpecMessage());
        var at = other.IndexOf("\"Hook\": {", StringComparison.Ordinal);
        Assert.Equal(at, hook.Location.SourceSpan.Start);
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void A_valid_spec_next_to_a_broken_one_still_generates()
    {
        var driver = GeneratorHarness.Driver(
            [new InMemoryAdditionalText("/spec/hooks.seven.json", SpecEdits.Hooks), new InMemoryAdditionalText("/spec/broken.seven.json", "{ \"client\": ")]);

        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Equal(9, result.GeneratedSources.Length);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN001", "/spec/broken.seven.json"), (error.Id, error.Location.GetLineSpan().Path));
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

    [Fact]
    public void Every_descriptor_has_a_test_a_release_entry_and_a_documented_section()
    {
        var ids = Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var tests = typeof(SpecDiagnosticTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()).Select(m => m.Name).ToList();
        var releases = System.IO.File.ReadAllText(Testing.RepositoryPaths.Combine("generator", "SevenIo.Generator", "Diagnostics", "AnalyzerReleases.Shipped.md"))
            + System.IO.File.ReadAllText(Testing.RepositoryPaths.Combine("generator", "SevenIo.Generator", "Diagnostics", "AnalyzerReleases.Unshipped.md"));
        var docs = System.IO.File.ReadAllText(Testing.RepositoryPaths.Combine("docs", "diagnostics.md"));

        Assert.Equal(23, ids.Count);
        Assert.All(ids, id =>
        {
            Assert.True(tests.Any(t => t.StartsWith(id + "_", StringComparison.Ordinal)), $"{id} has no test named after it");
            Assert.Contains(id + " |", releases, StringComparison.Ordinal);
            Assert.Contains("## " + id, docs, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Without_a_repository_address_no_diagnostic_links_anywhere_and_each_names_the_packaged_catalogue()
    {
        // The test build sets no SevenIoRepositoryUrl, as a default build does.
        Assert.Equal(string.Empty, Diagnostics.DiagnosticHelp.RepositoryUrl);
        Assert.All(Diagnostics.DiagnosticDescriptors.All, d =>
        {
            Assert.Equal(string.Empty, d.HelpLinkUri);
            var texts = string.Join("\n", d.Title.ToString(CultureInfo.InvariantCulture), d.MessageFormat.ToString(CultureInfo.InvariantCulture), d.Description.ToString(CultureInfo.InvariantCulture));
            Assert.DoesNotContain("://", texts, StringComparison.Ordinal);
            Assert.DoesNotContain("github", texts, StringComparison.OrdinalIgnoreCase);
            Assert.EndsWith($"(see {d.Id} in docs/diagnostics.md in the SevenIo.Generator package)", d.MessageFormat.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void With_a_repository_address_each_diagnostic_links_to_its_section_of_the_catalogue()
    {
        const string repository = "https://example.org/acme/seven";

        Assert.Equal("https://example.org/acme/seven/blob/main/docs/diagnostics.md#seven004", Diagnostics.DiagnosticHelp.Link("SEVEN004", repository));
        Assert.Equal("{0}: broken", Diagnostics.DiagnosticHelp.Message("SEVEN004", "{0}: broken", repository));
        Assert.Equal(string.Empty, Diagnostics.DiagnosticHelp.Link("SEVEN004", string.Empty));
    }

    private static ExpectedDiagnostic Error(int span, string id, string message) => new(span, id, DiagnosticSeverity.Error, message);

    private static ExpectedDiagnostic Warning(int span, string id, string message) => new(span, id, DiagnosticSeverity.Warning, message);

    private static ExpectedDiagnostic LeftOutUntilFixedAt(string group, string operation) =>
        Warning(-1, "SEVEN016", $"operations.{group}.{operation}: '{operation}' " + LeftOutUntilFixed);

    private static ExpectedDiagnostic LeftOutBecauseOf(string group, string operation, string type) =>
        Warning(-1, "SEVEN016", $"operations.{group}.{operation}: '{operation}' is left out of the generated code until '{type}', which it uses, is generated");

    /// <summary>
    /// Runs the generator on the marked-up spec and checks every diagnostic: ID, severity, message
    /// and, for those with a marked span, its exact start and end. The generated code must compile.
    /// </summary>
    private static GeneratorRunResult Verify(string markup, params ExpectedDiagnostic[] expected)
    {
        var spec = SpecMarkup.Parse(markup);
        var (result, output) = GeneratorHarness.Run(spec.Text);
        Assert.Null(result.Exception);

        var actual = result.Diagnostics.Select(d => (d.Id, d.Severity, Message: d.SpecMessage())).OrderBy(d => d.Message, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(e => (e.Id, e.Severity, e.Message)).OrderBy(d => d.Message, StringComparer.Ordinal), actual);

        foreach (var item in expected.Where(e => e.Span >= 0))
        {
            var diagnostic = result.Diagnostics.Single(d => d.SpecMessage() == item.Message);
            var (start, end) = spec.Spans[item.Span];
            var lineSpan = diagnostic.Location.GetLineSpan();
            Assert.Equal("/spec/hooks.seven.json", lineSpan.Path);
            Assert.Equal((start, end - start), (diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            Assert.Equal(spec.Position(start), (lineSpan.StartLinePosition.Line, lineSpan.StartLinePosition.Character));
            Assert.Equal(spec.Position(end), (lineSpan.EndLinePosition.Line, lineSpan.EndLinePosition.Character));
        }

        Assert.All(result.Diagnostics, d => Assert.Equal("/spec/hooks.seven.json", d.Location.GetLineSpan().Path));
        GeneratorHarness.AssertNoWarnings(output);
        return result;
    }

    private static void AssertGeneratedOperations(GeneratorRunResult result, params string[] methods)
    {
        var group = Source(result, "SevenIo.HooksClient.g.cs");
        var declared = group.Split('\n').Where(line => line.Contains("public virtual global::System.Threading.Tasks.Task<", StringComparison.Ordinal)).ToList();
        Assert.Equal(methods.Length, declared.Count);
        Assert.All(methods, method => Assert.Contains(declared, line => line.Contains(method, StringComparison.Ordinal)));
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private sealed record ExpectedDiagnostic(int Span, string Id, DiagnosticSeverity Severity, string Message);

    /// <summary>A file whose text throws when read: stands for any failure the generator does not expect.</summary>
    private sealed class FailingText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => new BrokenText();
    }

    private sealed class BrokenText : Microsoft.CodeAnalysis.Text.SourceText
    {
        public override char this[int position] => throw new InvalidOperationException("the text broke");

        public override System.Text.Encoding? Encoding => null;

        public override int Length => 10;

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) => throw new InvalidOperationException("the text broke");
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }
}
