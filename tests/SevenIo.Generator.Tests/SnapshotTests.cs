using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Testing;
using Xunit;

namespace SevenIo.Generator.Tests;

public sealed class SnapshotTests
{
    [Theory]
    [InlineData("CSharpLatest", LanguageVersion.Latest)]
    [InlineData("CSharp7_3", LanguageVersion.CSharp7_3)]
    public async Task Hooks_spec_generates_exactly_the_committed_snapshots(string variant, LanguageVersion languageVersion)
    {
        // The package's client file and hooks file with SevenIoGroups=Hooks, as a consumer who wants only webhooks
        // has them; with Microsoft.Extensions.Http referenced, so that the dependency-injection extension is compared too.
        var specs = GeneratorHarness.CanonicalSpecs(CanonicalSpec.ClientFile, "hooks.seven.json");
        var options = GeneratorHarness.Packaged(specs, groups: "Hooks");
        var compilation = GeneratorHarness.Compilation(languageVersion: languageVersion).AddReferences(GeneratorHarness.ExtensionsReferences);
        var run = GeneratorHarness.Driver(specs, (CSharpParseOptions)compilation.SyntaxTrees[0].Options, options: options)
            .RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.GeneratedSources, source => source.HintName.StartsWith("Microsoft.Extensions.DependencyInjection.", System.StringComparison.Ordinal));
        if (Snapshots.UpdateRequested)
        {
            Snapshots.Write(variant, run);
        }

        var test = new SnapshotTest(languageVersion);
        foreach (var spec in specs)
        {
            test.TestState.AdditionalFiles.Add((spec.Path, spec.GetText()!.ToString()));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SevenIoGroups = Hooks\n[/spec/seven.seven.json]\nbuild_metadata.AdditionalFiles.SevenIoPackaged = true\n[/spec/hooks.seven.json]\nbuild_metadata.AdditionalFiles.SevenIoPackaged = true\n"));
        test.TestState.AdditionalReferences.Add(GeneratorHarness.Runtime);
        test.TestState.AdditionalReferences.AddRange(NetReferences.All);
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.ExtensionsReferences);
        // The testing library compares the file list in order; the generator's order keeps its diff about content.
        var emissionOrder = run.GeneratedSources.Select(source => source.HintName).ToList();
        foreach (var (hintName, text) in Snapshots.Read(variant).OrderBy(file => emissionOrder.IndexOf(file.HintName) is var i and >= 0 ? i : int.MaxValue))
        {
            test.TestState.GeneratedSources.Add((typeof(SevenIoGenerator), hintName, SourceText.From(text, Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    /// <summary>
    /// Every feature of the spec format that the canonical spec does not show in one place (Specs/features.seven.json):
    /// a change to how one is emitted shows up here as a diff to review.
    /// </summary>
    [Theory]
    [InlineData("Features", LanguageVersion.Latest)]
    [InlineData("Features7_3", LanguageVersion.CSharp7_3)]
    public void The_features_spec_generates_exactly_the_committed_snapshots(string variant, LanguageVersion languageVersion)
    {
        var spec = System.IO.File.ReadAllText(RepositoryPaths.Combine("tests", "SevenIo.Generator.Tests", "Specs", "features.seven.json"));
        var (run, output) = GeneratorHarness.Run(spec, "/spec/features.seven.json", GeneratorHarness.Compilation(languageVersion: languageVersion));
        if (Snapshots.UpdateRequested)
        {
            Snapshots.Write(variant, run);
        }

        Assert.Empty(run.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        var expected = Snapshots.Read(variant);
        Assert.Equal(expected.Select(file => file.HintName), run.GeneratedSources.Select(source => source.HintName).Order(System.StringComparer.Ordinal));
        foreach (var (hintName, text) in expected)
        {
            Assert.Equal(text, run.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString());
        }
    }

    /// <summary>
    /// The package's webhook events (SevenIoGroups=Events): the event classes, the oneOf RCS model and the reader;
    /// at C# latest with ASP.NET Core referenced, so that AddSevenWebhooks and MapSevenWebhooks are compared too;
    /// and at C# 7.3 without it, as a netstandard2.0 library has them.
    /// </summary>
    [Theory]
    [InlineData("Events", LanguageVersion.Latest)]
    [InlineData("Events7_3", LanguageVersion.CSharp7_3)]
    public void The_events_spec_generates_exactly_the_committed_snapshots(string variant, LanguageVersion languageVersion)
    {
        var specs = GeneratorHarness.CanonicalSpecs(CanonicalSpec.ClientFile, "events.seven.json");
        var options = GeneratorHarness.Packaged(specs, groups: "Events");
        var compilation = GeneratorHarness.Compilation(languageVersion: languageVersion);
        if (languageVersion == LanguageVersion.Latest)
        {
            compilation = compilation.AddReferences(GeneratorHarness.AspNetCoreReferences);
        }

        var driver = GeneratorHarness.Driver(specs, (CSharpParseOptions)compilation.SyntaxTrees[0].Options, options: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = driver.GetRunResult().Results.Single();
        if (Snapshots.UpdateRequested)
        {
            Snapshots.Write(variant, run);
        }

        Assert.Empty(run.Diagnostics);
        GeneratorHarness.AssertNoWarnings(output);
        Assert.Equal(languageVersion == LanguageVersion.Latest, run.GeneratedSources.Any(source => source.HintName.StartsWith("Microsoft.AspNetCore.Builder.", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(run.GeneratedSources, source => source.HintName.EndsWith("Client.g.cs", System.StringComparison.Ordinal) && source.HintName != "SevenIo.SevenClient.g.cs");
        var expected = Snapshots.Read(variant);
        Assert.Equal(expected.Select(file => file.HintName), run.GeneratedSources.Select(source => source.HintName).Order(System.StringComparer.Ordinal));
        foreach (var (hintName, text) in expected)
        {
            Assert.Equal(text, run.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString());
        }
    }

    /// <summary>The testing library's generator test, compiling against the installed reference pack (offline).</summary>
    private sealed class SnapshotTest : CSharpSourceGeneratorTest<SevenIoGenerator, DefaultVerifier>
    {
        private readonly LanguageVersion _languageVersion;

        public SnapshotTest(LanguageVersion languageVersion)
        {
            _languageVersion = languageVersion;
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            CompilerDiagnostics = CompilerDiagnostics.Warnings;
        }

        // The SDK passes /nowarn:1701;1702 (binding-redirect noise between framework versions); so do we.
        protected override CompilationOptions CreateCompilationOptions() =>
            base.CreateCompilationOptions().WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(_languageVersion);
    }
}
