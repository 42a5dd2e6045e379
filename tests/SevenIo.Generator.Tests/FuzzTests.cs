using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Thousands of broken versions of the real spec through a real GeneratorDriver: the generator never
/// throws, every error is located inside the spec, and whatever it generates compiles with the runtime.
/// SEVEN_FUZZ_SEED and SEVEN_FUZZ_COUNT override the fixed seed and the count.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const string SpecPath = "/spec/hooks.seven.json";

    [Fact]
    public void Ten_thousand_mutations_of_the_hooks_spec_never_crash_and_always_compile()
    {
        var seed = int.Parse(Environment.GetEnvironmentVariable("SEVEN_FUZZ_SEED") ?? "20261128", CultureInfo.InvariantCulture);
        var count = int.Parse(Environment.GetEnvironmentVariable("SEVEN_FUZZ_COUNT") ?? "10000", CultureInfo.InvariantCulture);
        var mutator = new SpecMutator(SpecEdits.Hooks, new Random(seed));
        var compilation = GeneratorHarness.Compilation();
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees[0].Options;
        var documentedParseOptions = parseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        AdditionalText current = new InMemoryAdditionalText(SpecPath, SpecEdits.Hooks);
        GeneratorDriver driver = GeneratorHarness.Driver([current], parseOptions);
        var stopwatch = Stopwatch.StartNew();
        int withErrors = 0, clean = 0, compilations = 0;

        for (var i = 0; i < count; i++)
        {
            var spec = mutator.Next(out var kinds);
            try
            {
                // One driver for all cases, as the IDE keeps one while the user types.
                var next = new InMemoryAdditionalText(SpecPath, spec);
                driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
                current = next;
                var result = driver.GetRunResult().Results.Single();

                Assert.Null(result.Exception);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "CS8784" or "CS9057");
                Assert.All(result.Diagnostics, d => AssertInsideSpec(d, spec));
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                if (errors > 0)
                {
                    withErrors++;
                }
                else
                {
                    clean++;
                }

                if (!IsJson(spec))
                {
                    Assert.True(errors > 0, "Invalid JSON must give an error.");
                }

                // Every output is parsed, doc comments included; the (slow) full compilation runs once per
                // distinct code shape, since mutated descriptions only change doc comments.
                var trees = result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, documentedParseOptions, s.HintName)).ToList();
                AssertClean(trees.SelectMany(tree => tree.GetDiagnostics()));
                if (trees.Count > 0 && compiled.Add(CodeShape(result)))
                {
                    compilations++;
                    AssertClean(compilation.AddSyntaxTrees(trees).GetDiagnostics());
                }
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"Mutation {i} ({kinds}) of seed {seed} failed; rerun with SEVEN_FUZZ_SEED={seed}. Spec start: {Excerpt(spec)}", e);
            }
        }

        output.WriteLine($"{count} mutations (seed {seed}) in {stopwatch.Elapsed.TotalSeconds:F1} s: {withErrors} with errors, {clean} without, {compilations} distinct outputs compiled.");
        Assert.True(withErrors > count / 4, "Most mutations should break the spec; the mutator may have stopped mutating.");
        Assert.True(clean > 0, "Some mutations (descriptions, whitespace) should leave a valid spec.");
    }

    private static void AssertClean(IEnumerable<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    private static string CodeShape(GeneratorRunResult result) => string.Join(
        "\n",
        result.GeneratedSources.SelectMany(s => s.SourceText.Lines).Select(line => line.ToString().Trim()).Where(line => !line.StartsWith("///", StringComparison.Ordinal)));

    private static void AssertInsideSpec(Diagnostic diagnostic, string spec)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(SpecPath, span.Path);
        Assert.InRange(diagnostic.Location.SourceSpan.Start, 0, spec.Length);
        Assert.InRange(diagnostic.Location.SourceSpan.End, 0, spec.Length);
        Assert.True(span.StartLinePosition <= span.EndLinePosition, "The span must not end before it starts.");
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(System.Text.Encoding.UTF8.GetBytes(text));
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Excerpt(string spec) => spec.Length <= 300 ? spec : string.Concat(spec.AsSpan(0, 300), "...");
}
