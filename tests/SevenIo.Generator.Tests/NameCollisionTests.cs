using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Ordinary edits of the hooks spec whose names collide with what the generator declares. Each
/// either compiles, with the deterministic name the spec format documents, or is a located error
/// in the spec; never an error in a generated file and never a crash.
/// </summary>
public sealed class NameCollisionTests
{
    [Fact]
    public void A_property_named_like_the_readers_flag_for_another_compiles_and_keeps_its_name()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"id\", \"type\": \"int64\", \"description\": \"The webhook's ID.\" },",
            "{ \"name\": \"id\", \"type\": \"int64\", \"description\": \"The webhook's ID.\" },\n        { \"name\": \"has_id\", \"type\": \"bool\" },\n        { \"name\": \"has_request_method\", \"type\": \"bool\", \"nullable\": true },");

        var result = CompilesCleanly(spec, "bool a = new Hook().HasId; bool? b = new Hook().HasRequestMethod; long c = new Hook().Id;");

        var json = Source(result, "SevenIo.HookJson.g.cs");
        Assert.Contains("hook.HasId = global::SevenIo.Runtime.JsonValues.ReadBoolean(ref reader);", json, StringComparison.Ordinal);
        Assert.Contains("var hasHasId = false;", json, StringComparison.Ordinal);
        Assert.Contains("var hasId = false;", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_named_like_object_members_or_the_nested_converter_get_the_Value_suffix()
    {
        var spec = SpecEdits.Replace(
            "{ \"value\": \"tracking\", \"description\": \"Clicks or views from Performance Tracking.\" }",
            "{ \"value\": \"tracking\", \"description\": \"Clicks or views from Performance Tracking.\" },\n        { \"value\": \"to_string\" },\n        { \"value\": \"get_hash_code\" },\n        { \"value\": \"equals\" },\n        { \"value\": \"json_converter\" }");

        CompilesCleanly(spec, "HookEventType a = HookEventType.ToStringValue, b = HookEventType.GetHashCodeValue, c = HookEventType.EqualsValue, d = HookEventType.JsonConverterValue; string s = a.ToString(); var converter = new HookEventType.JsonConverter();");
    }

    [Fact]
    public void A_parameter_named_request_moves_the_generated_local_aside()
    {
        var spec = SpecEdits.Replace(
            "{ \"name\": \"event_filter\", \"type\": \"string\", \"description\"",
            "{ \"name\": \"request\", \"type\": \"string\" },\n          { \"name\": \"item\", \"type\": \"int64[]\" },\n          { \"name\": \"cancellation_token\", \"type\": \"string\" },\n          { \"name\": \"event_filter\", \"type\": \"string\", \"description\"");

        var result = CompilesCleanly(
            spec,
            "System.Threading.Tasks.Task<HookResult> t = new SevenClient(\"k\").Hooks.CreateAsync(\"https://a.example\", HookEventType.All, request: \"r\", item: new long[] { 1 }, cancellationTokenValue: \"x\", cancellationToken: default);");

        var group = Source(result, "SevenIo.HooksClient.g.cs");
        Assert.Contains("var request2 = new global::SevenIo.Runtime.ApiRequest(", group, StringComparison.Ordinal);
        Assert.Contains("request2.AddForm(\"request\", request);", group, StringComparison.Ordinal);
        Assert.Contains("global::System.Linq.Enumerable.Select(item, item2 => global::SevenIo.Runtime.WireText.Of(item2))", group, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_named_like_the_client_class_is_a_located_error_and_the_rest_compiles()
    {
        var spec = SpecEdits.Hooks.Replace("\"Hooks\": {\n      \"List\"", "\"Seven\": {\n      \"List\"", StringComparison.Ordinal)
            .Replace("\"groups\": {\n    \"Hooks\": {\n      \"description\": \"Webhooks: read, register and delete the addresses the gateway calls on events.\"\n    }\n  },\n", string.Empty, StringComparison.Ordinal);

        var result = CompilesWithErrors(spec);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("operations.Seven: the name 'SevenClient' is already used by client.name", error.SpecMessage());
        Assert.Equal(spec.IndexOf("\"Seven\": {\n      \"List\"", StringComparison.Ordinal), error.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_model_named_like_a_type_of_the_Redis_store_is_a_located_error()
    {
        var spec = SpecEdits.Replace("\"models\": {\n", "\"models\": {\n    \"RedisWebhookNonceStore\": { \"properties\": [ { \"name\": \"id\", \"type\": \"int64\" } ] },\n");

        var result = CompilesWithErrors(spec);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("'RedisWebhookNonceStore' is already used by the runtime library's SevenIo.RedisWebhookNonceStore", error.SpecMessage(), StringComparison.Ordinal);
        Assert.Equal(spec.IndexOf("\"RedisWebhookNonceStore\": {", StringComparison.Ordinal), error.Location.SourceSpan.Start);
    }

    [Fact]
    public void A_group_whose_property_would_have_the_client_class_name_is_a_located_error()
    {
        var spec = SpecEdits.Replace("\"name\": \"SevenClient\"", "\"name\": \"Hooks\"");

        var result = CompilesWithErrors(spec);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("operations.Hooks: the name 'Hooks' is already used by the client class itself (a member cannot have its type's name); rename the group", error.SpecMessage());
    }

    [Fact]
    public void SEVEN019_a_copy_of_the_package_spec_next_to_it_is_one_located_error_and_the_package_client_still_generates()
    {
        var compilation = GeneratorHarness.Compilation().AddReferences(GeneratorHarness.ExtensionsReferences);
        var package = new InMemoryAdditionalText("/package/hooks.seven.json", SpecEdits.Hooks);
        GeneratorDriver driver = GeneratorHarness.Driver(
            [package, new InMemoryAdditionalText("/src/copy.seven.json", SpecEdits.Hooks)],
            options: GeneratorHarness.Packaged([package]));

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Equal(10, result.GeneratedSources.Length);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN019", "/src/copy.seven.json"), (error.Id, error.Location.GetLineSpan().Path));
        Assert.Equal(
            "client.name: the client 'SevenIo.SevenClient' is already declared in '/package/hooks.seven.json', so this spec is ignored; to add to it, write \"client\": \"SevenClient\" and list only what you add",
            error.SpecMessage());
        Assert.Equal(SpecEdits.Hooks.IndexOf("\"SevenClient\"", StringComparison.Ordinal), error.Location.SourceSpan.Start);
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void The_generator_reserves_every_public_type_of_the_runtime_its_AspNetCore_companion_and_its_Redis_store()
    {
        var runtime = typeof(SevenApiException).Assembly.GetExportedTypes()
            .Concat(typeof(SevenIo.Runtime.WebhookServices).Assembly.GetExportedTypes())
            .Concat(typeof(RedisWebhookNonceStore).Assembly.GetExportedTypes())
            .Where(t => !t.IsNested)
            .Select(t => (t.Namespace!, t.Name.Split('`')[0]))
            .Append(("SevenIo", "Runtime"))
            .OrderBy(t => t.Item1 + "." + t.Item2, StringComparer.Ordinal);

        Assert.Equal(runtime, Contract.RuntimeContract.Reserved.OrderBy(t => t.Namespace + "." + t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void The_option_keys_the_generated_docs_name_are_the_keys_the_runtime_binds()
    {
        var keys = typeof(SevenIo.Runtime.OptionsBinding).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(keys, Contract.RuntimeContract.ClientOptionKeys.Concat(Contract.RuntimeContract.WebhookOptionKeys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SEVEN017_a_model_named_like_a_type_of_a_referenced_assembly_leaves_the_client_out_with_an_error()
    {
        var spec = SpecEdits.Replace("\"namespace\": \"SevenIo\"", "\"namespace\": \"System\"").Replace("\"HookResult\": {", "\"Uri\": {", StringComparison.Ordinal)
            .Replace("\"type\": \"HookResult\"", "\"type\": \"Uri\"", StringComparison.Ordinal);

        var (result, output) = GeneratorHarness.Run(spec);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN017", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Equal("/spec/hooks.seven.json: a referenced assembly already has a type or namespace 'System.Uri', so nothing of this client is generated; rename the type or use another namespace", error.SpecMessage());
        Assert.Equal(spec.IndexOf("\"Uri\": {", StringComparison.Ordinal), error.Location.SourceSpan.Start);
        Assert.Empty(result.GeneratedSources);
        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void SEVEN018_a_client_that_a_referenced_project_generated_already_is_used_not_generated_again()
    {
        var (library, libraryOutput) = GeneratorHarness.Run(SpecEdits.Hooks, compilation: GeneratorHarness.Compilation("namespace Lib { public static class Marker { } }"));
        Assert.Empty(library.Diagnostics);
        var image = new System.IO.MemoryStream();
        Assert.True(libraryOutput.Emit(image).Success);
        var app = GeneratorHarness.Compilation("public static class App { public static SevenIo.SevenClient Make() => new SevenIo.SevenClient(\"k\"); }")
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var (result, output) = GeneratorHarness.Run(SpecEdits.Hooks, compilation: app);

        var info = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEVEN018", DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.Empty(result.GeneratedSources);
        GeneratorHarness.AssertNoWarnings(output);
    }

    private static GeneratorRunResult CompilesCleanly(string spec, string statements)
    {
        var user = $"using SevenIo;\npublic static class UserCode\n{{\n    public static void Use()\n    {{\n        {statements}\n    }}\n}}\n";
        var (result, output) = GeneratorHarness.Run(spec, compilation: GeneratorHarness.Compilation(user));
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        return result;
    }

    private static GeneratorRunResult CompilesWithErrors(string spec)
    {
        var (result, output) = GeneratorHarness.Run(spec);
        Assert.Null(result.Exception);
        Assert.All(result.Diagnostics, d => Assert.Equal("/spec/hooks.seven.json", d.Location.GetLineSpan().Path));
        GeneratorHarness.AssertNoWarnings(output);
        return result;
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
