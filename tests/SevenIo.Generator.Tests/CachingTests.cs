using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SevenIo.Generator.Planning;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The IDE runs the generator on every keystroke: unrelated edits must cost nothing, an edit to
/// one operation must re-emit only its group's file, and no pipeline value may hold on to
/// compilation objects (which would defeat caching and keep old compilations alive).
/// </summary>
public sealed class CachingTests
{
    /// <summary>Every named step of the pipeline, as <see cref="TrackingNames"/> declares them.</summary>
    private static readonly string[] OurSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_tracked_step_runs_on_the_hooks_spec()
    {
        var result = Driver(SpecEdits.Hooks).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.True(OurSteps.Length >= 6, "TrackingNames lists the pipeline's steps");
        Assert.All(OurSteps, name => Assert.True(result.TrackedSteps.ContainsKey(name), $"the step '{name}' did not run"));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached_and_adds_no_source()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = Driver(SpecEdits.Hooks).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("class A { void M() { } }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = OurSteps.SelectMany(name => result.TrackedSteps[name]).ToList();
        Assert.Equal(OurSteps.Length, steps.Select(step => step.Name).Distinct().Count());
        Assert.All(steps.SelectMany(run => run.Outputs), output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        var outputs = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_operations_description_re_emits_only_its_groups_file()
    {
        var compilation = GeneratorHarness.Compilation();
        var original = new InMemoryAdditionalText("/spec/hooks.seven.json", SpecEdits.Hooks);
        var driver = GeneratorHarness.Driver([original], trackSteps: true).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText("/spec/hooks.seven.json", SpecEdits.Replace("Registers a webhook.", "Registers a webhook for the account."));
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var emitted = result.TrackedSteps[TrackingNames.Units]
            .SelectMany(run => run.Outputs)
            .Select(output => (Unit: (((GenerationUnit, CodeStyle))output.Value).Item1, output.Reason))
            .ToList();
        Assert.Equal(9, emitted.Count);
        var reEmitted = emitted.Where(e => e.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(e => e.Unit.HintName);
        Assert.Equal(["SevenIo.HooksClient.g.cs"], reEmitted);
        Assert.Contains("Registers a webhook for the account.", result.GeneratedSources.Single(s => s.HintName == "SevenIo.HooksClient.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_file_of_the_whole_gateway_re_reads_that_file_and_re_emits_only_what_it_declares()
    {
        var compilation = GeneratorHarness.Compilation();
        var files = GeneratorHarness.CanonicalSpecs();
        var options = GeneratorHarness.Packaged(files);
        var driver = GeneratorHarness.Driver(files, trackSteps: true, options: options).RunGenerators(compilation);

        var original = files.Single(f => f.Path.EndsWith("/sms.seven.json", StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        Assert.Contains("Sends an SMS to one or more recipients.", text, StringComparison.Ordinal);
        var edited = new InMemoryAdditionalText(original.Path, text.Replace("Sends an SMS to one or more recipients.", "Sends one SMS to many.", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var read = result.TrackedSteps[TrackingNames.Documents].SelectMany(run => run.Outputs).ToList();
        Assert.Equal(files.Count, read.Count);
        Assert.Single(read, output => output.Reason != IncrementalStepRunReason.Cached);

        var emitted = result.TrackedSteps[TrackingNames.Units]
            .SelectMany(run => run.Outputs)
            .Select(output => (Unit: (((GenerationUnit, CodeStyle))output.Value).Item1, output.Reason))
            .ToList();
        Assert.True(emitted.Count > 100, $"the whole gateway is {emitted.Count} files");
        var reEmitted = emitted.Where(e => e.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(e => e.Unit.HintName);
        Assert.Equal(["SevenIo.SmsClient.g.cs"], reEmitted);
    }

    [Fact]
    public void No_pipeline_value_holds_a_symbol_compilation_syntax_node_location_or_mutable_array()
    {
        // An unknown member gives a warning, so that the diagnostics step has a value to inspect too.
        var spec = SpecEdits.Replace("\"apiKeyHeader\": \"X-Api-Key\",", "\"apiKeyHeader\": \"X-Api-Key\", \"timeout\": 5,");
        var result = Driver(spec).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        var values = OurSteps
            .SelectMany(name => result.TrackedSteps[name])
            .SelectMany(run => run.Outputs.Select(output => output.Value))
            .ToList();
        Assert.NotEmpty(values);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            Walk(value, "value", visited);
        }

        Assert.Contains(visited, v => v is GenerationUnit);
        Assert.Contains(visited, v => v is Reading.SpecDocument);
        Assert.Contains(visited, v => v is Diagnostics.DiagnosticInfo);
    }

    private static CSharpGeneratorDriver Driver(string spec) =>
        GeneratorHarness.Driver([new InMemoryAdditionalText("/spec/hooks.seven.json", spec)], trackSteps: true);

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        // A descriptor is Roslyn's own immutable value, meant to be held until a diagnostic is reported.
        if (value is null || value is string || value is DiagnosticDescriptor || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{path} is a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var index = 0;
            foreach (var item in (IEnumerable)value)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        Assert.False(type.IsArray, $"{path} is a mutable array ({type.Name}); use EquatableArray");
        foreach (var field in AllFields(type))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", visited);
        }
    }

    private static IEnumerable<FieldInfo> AllFields(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }
}
