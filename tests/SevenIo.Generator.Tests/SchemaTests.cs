using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Json.Schema;
using SevenIo.Generator.Reading;
using SevenIo.Testing;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// <c>spec/seven.schema.json</c> is what editors validate against: it must accept every spec we ship
/// or show, and know exactly the members the generator reads, no more and no fewer.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(RepositoryPaths.Combine("spec", "seven.schema.json"));
    private static readonly JsonNode Schema = JsonNode.Parse(SchemaText)!;

    // Parsed once: the library registers a schema by its $id and refuses to register it again.
    private static readonly JsonSchema Validator = JsonSchema.FromText(SchemaText);

    public static TheoryData<string> Specs => new(
        CanonicalSpec.Files
            .Concat([RepositoryPaths.Combine("tests", "SevenIo.Generator.Tests", "Specs", "features.seven.json")])
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("tests", "packaging"), "*.seven.json", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)));

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_schema_accepts_the_spec(string path)
    {
        var results = Evaluate(File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));

        Assert.True(results.IsValid, string.Join(Environment.NewLine, Errors(results)));
    }

    [Theory]
    [InlineData("""{ "client": "SevenClient", "operations": { "Sms": { "Send": { "method": "POST", "response": { "type": "DispatchResult" } } } } }""")]
    [InlineData("""{ "client": "SevenClient", "operations": { "Sms": { "Delete": { "parameters": [ { "name": "ids", "type": "int64[]", "style": "pipes" } ] } } } }""")]
    [InlineData("""{ "client": "SevenClient", "models": { "Hook": { "properties": [], "extra": true } } }""")]
    [InlineData("""{ "client": { "name": "C", "namespace": "N", "baseAddress": "https://a", "apiKeyHeader": "X", "failure": { "code": "code" } } }""")]
    [InlineData("""{ "client": { "name": "C", "namespace": "N", "baseAddress": "https://a", "apiKeyHeader": "X", "failure": { "success": "ok", "code": 7 } } }""")]
    [InlineData("""{ "client": "Seven Client" }""")]
    public void The_schema_rejects_what_the_generator_rejects(string spec)
    {
        Assert.False(Evaluate(spec).IsValid);
        var (result, _) = GeneratorHarness.Run(spec, "/spec/broken.seven.json");
        Assert.Contains(result.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("RootMembers", "properties")]
    [InlineData("ClientMembers", "definitions.client.properties")]
    [InlineData("FailureMembers", "definitions.failure.properties")]
    [InlineData("EnumMembers", "definitions.enum.properties")]
    [InlineData("EnumValueMembers", "definitions.enum.properties.values.items.properties")]
    [InlineData("ModelMembers", "definitions.model.properties")]
    [InlineData("PropertyMembers", "definitions.model.properties.properties.items.properties")]
    [InlineData("GroupInfoMembers", "properties.groups.additionalProperties.properties")]
    [InlineData("OperationMembers", "definitions.operation.properties")]
    [InlineData("ParameterSetMembers", "definitions.operation.properties.parameterSets.items.properties")]
    [InlineData("ParameterMembers", "definitions.parameter.properties")]
    [InlineData("ResponseMembers", "definitions.operation.properties.response.properties")]
    [InlineData("EventMembers", "definitions.event.properties")]
    [InlineData("UnionCaseMembers", "definitions.model.properties.oneOf.items.properties")]
    [InlineData("WhenMembers", "definitions.model.properties.oneOf.items.properties.when.oneOf.1.properties")]
    [InlineData("ConventionMembers", "definitions.client.properties.conventions.properties")]
    public void The_schema_knows_exactly_the_members_the_generator_reads(string readerField, string schemaPath)
    {
        var field = typeof(DocumentReader).GetField(readerField, BindingFlags.NonPublic | BindingFlags.Static)!;
        var read = ((string[])field.GetValue(null)!).Order(StringComparer.Ordinal);

        var node = schemaPath.Split('.').Aggregate(Schema, (current, name) => current is JsonArray array ? array[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)]! : current[name]!);
        var documented = node.AsObject().Select(p => p.Key).Where(k => k != "$schema").Order(StringComparer.Ordinal);

        Assert.Equal(read, documented);
    }

    private static EvaluationResults Evaluate(string spec)
    {
        using var document = System.Text.Json.JsonDocument.Parse(spec);
        return Validator.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
}
