using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace SevenIo.Generator.Tests.Fuzzing;

/// <summary>
/// Thousands of valid-JSON edits of a spec with unlucky names (see <see cref="SemanticMutator"/>),
/// sometimes as two files declaring one client, with and without Microsoft.Extensions.Http: every
/// case must generate code that compiles without a warning, and every problem must be a diagnostic
/// located inside a spec file. SEVEN_FUZZ_SEED and SEVEN_SEMANTIC_FUZZ_COUNT override seed and count.
/// </summary>
public sealed class SemanticFuzzTests(ITestOutputHelper output)
{

    [Fact]
    public void Two_thousand_name_level_edits_compile_or_report_located_spec_errors()
    {
        var seed = int.Parse(Environment.GetEnvironmentVariable("SEVEN_FUZZ_SEED") ?? "20261128", CultureInfo.InvariantCulture);
        var count = int.Parse(Environment.GetEnvironmentVariable("SEVEN_SEMANTIC_FUZZ_COUNT") ?? "2000", CultureInfo.InvariantCulture);
        var baseSpec = JsonNode.Parse(FuzzBase)!.AsObject();

        // The consumers that compile generated code differently: C# latest with nullable annotations,
        // C# 7.3 (netstandard2.0 and .NET Framework) without, either with Microsoft.Extensions.Http, and an
        // ASP.NET Core app (which also gets the webhook endpoint).
        var latest = GeneratorHarness.Compilation();
        var legacy = GeneratorHarness.Compilation(languageVersion: LanguageVersion.CSharp7_3);
        var consumers = new[] { latest, latest.AddReferences(GeneratorHarness.ExtensionsReferences), legacy, legacy.AddReferences(GeneratorHarness.ExtensionsReferences), latest.AddReferences(GeneratorHarness.AspNetCoreReferences) };
        var failures = new ConcurrentBag<(int Case, string Message)>();
        int withErrors = 0, clean = 0, twoFiles = 0;
        var stopwatch = Stopwatch.StartNew();

        Parallel.For(0, count, i =>
        {
            // Each case has its own generator of randomness, so that a case can be rerun alone.
            var random = new Random(unchecked((seed * 1_000_003) + i));
            var applied = new List<string>();
            var files = new List<(string Path, string Text)> { ("/spec/fuzz.seven.json", Serialize(new SemanticMutator(random).Mutate(baseSpec, applied))) };
            if (random.Next(10) == 0)
            {
                files.Add(SecondFile(random, baseSpec, applied));
                Interlocked.Increment(ref twoFiles);
            }

            try
            {
                var errors = RunCase(files, consumers[i % consumers.Length], checkDocumentation: i % 10 == 0);
                Interlocked.Increment(ref errors ? ref withErrors : ref clean);
            }
            catch (Exception e)
            {
                failures.Add((i, $"case {i} ({string.Join("; ", applied)}): {e.Message}"));
            }
        });

        output.WriteLine($"{count} cases (seed {seed}) in {stopwatch.Elapsed.TotalSeconds:F1} s: {withErrors} with located errors, {clean} clean, {twoFiles} with two files.");
        Assert.True(failures.IsEmpty, $"{failures.Count} cases failed; rerun with SEVEN_FUZZ_SEED={seed}:\n" + string.Join("\n", failures.OrderBy(f => f.Case).Take(10).Select(f => f.Message)));
        Assert.True(clean > count / 4, "Many edits should give a valid spec: the mutator may only be breaking things.");
        Assert.True(withErrors > count / 20, "Some edits should collide: the mutator may have stopped finding collisions.");
    }

    /// <summary>Runs one case; true when the generator reported an error. Throws when a promise is broken.</summary>
    private static bool RunCase(List<(string Path, string Text)> files, CSharpCompilation compilation, bool checkDocumentation)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees[0].Options;
        var driver = GeneratorHarness.Driver(texts, parseOptions).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("the generator threw: " + result.Exception);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            var file = files.FirstOrDefault(f => f.Path == span.Path);
            if (!diagnostic.Id.StartsWith("SEVEN", StringComparison.Ordinal) || file.Text is null
                || diagnostic.Location.SourceSpan.End > file.Text.Length)
            {
                throw new InvalidOperationException("a diagnostic is not located in a spec: " + diagnostic);
            }

            if (diagnostic.Id == "SEVEN014")
            {
                throw new InvalidOperationException("the generator failed: " + diagnostic);
            }
        }

        // Checking the XML docs (crefs, param names) costs more than the code itself, so only some cases do.
        var options = parseOptions.WithDocumentationMode(checkDocumentation ? DocumentationMode.Diagnose : DocumentationMode.None);
        var trees = result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, options, s.HintName)).ToList();
        var problems = compilation.AddSyntaxTrees(trees).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("the generated code does not compile cleanly: " + string.Join(" | ", problems.Take(3)));
        }

        return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>A second spec file: the same client again (a copied spec), or one of its own in the same or another namespace.</summary>
    private static (string Path, string Text) SecondFile(Random random, JsonObject baseSpec, List<string> applied)
    {
        var copy = (JsonObject)baseSpec.DeepClone();
        switch (random.Next(3))
        {
            case 0:
                applied.Add("second file: the same client");
                break;
            case 1:
                copy["client"]!["name"] = "OtherClient";
                applied.Add("second file: another client in the same namespace");
                break;
            default:
                copy["client"]!["namespace"] = "Acme.Other";
                applied.Add("second file: the same client name in another namespace");
                break;
        }

        return ("/spec/second.seven.json", Serialize(copy));
    }

    private static string Serialize(JsonObject spec) => spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>
    /// A small spec that uses every feature the emitters have (query, path, form and JSON parameters,
    /// parameter sets, arrays, nested and nullable models, enums, dates, a response property, a oneOf
    /// model, webhook events), so that each case compiles quickly while every emitter's names are in play.
    /// </summary>
    private const string FuzzBase = """
        {
          "client": {
            "name": "SevenClient", "namespace": "SevenIo", "baseAddress": "https://gateway.seven.io", "apiKeyHeader": "X-Api-Key",
            "failure": { "success": "success", "code": "code", "message": "error_message", "codeBody": true }
          },
          "enums": {
            "Kind": { "values": [ { "value": "sms_mo" }, { "value": "all" } ] },
            "Mode": { "values": [ { "value": "POST" } ] }
          },
          "models": {
            "Item": { "properties": [
              { "name": "id", "type": "int64" },
              { "name": "target_url", "type": "string" },
              { "name": "kind", "type": "Kind" },
              { "name": "filter", "type": "string", "nullable": true },
              { "name": "created", "type": "datetime", "format": "yyyy-MM-dd HH:mm:ss" },
              { "name": "child", "type": "Child", "nullable": true } ] },
            "Child": { "properties": [
              { "name": "count", "type": "int32", "nullable": true },
              { "name": "kinds", "type": "Kind[]" },
              { "name": "enabled", "type": "bool" } ] },
            "Either": { "oneOf": [ { "model": "Item", "when": "target_url" }, { "model": "Child" } ] }
          },
          "events": {
            "sms_mo": { "data": "Item" },
            "either": { "data": "Either" }
          },
          "operations": {
            "Items": {
              "List": { "method": "GET", "path": "/api/items", "parameters": [
                  { "name": "kind", "type": "Kind", "default": "all" }, { "name": "ids", "type": "int64[]" }, { "name": "since", "type": "datetime", "format": "yyyy-MM-dd" } ],
                "response": { "type": "Item[]", "property": "items" } },
              "Get": { "method": "GET", "path": "/api/items/{id}", "parameters": [ { "name": "id", "type": "int64", "required": true } ], "response": { "type": "Item" } },
              "Delete": { "method": "DELETE", "path": "/api/items", "parameterSets": [
                  { "description": "By ID.", "parameters": [ { "name": "id", "type": "int64", "required": true } ] },
                  { "parameters": [ { "name": "target_url", "type": "string", "format": "http-uri", "required": true }, { "name": "mode", "type": "Mode", "required": true } ] } ],
                "response": { "type": "Child" } }
            },
            "Other": {
              "Post": { "method": "POST", "path": "/api/other", "parameterLocation": "json", "parameters": [
                  { "name": "count", "type": "int32", "required": true }, { "name": "names", "type": "string[]", "required": true }, { "name": "flag", "type": "bool" } ],
                "response": { "type": "string", "property": "value" } }
            }
          }
        }
        """;
}
