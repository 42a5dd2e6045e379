using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Testing;

namespace SevenIo.Generator.Tests;

/// <summary>Runs the generator in-process on specs given as text, the way the compiler does.</summary>
internal static class GeneratorHarness
{
    public static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(SevenApiException).Assembly.Location);

    /// <summary>Microsoft.Extensions.Http and what it needs: with these the generator also emits the dependency-injection extension.
    /// Taken from ASP.NET Core's reference assemblies, which hold them, without anything of ASP.NET Core itself.</summary>
    public static readonly MetadataReference[] ExtensionsReferences = NetReferences.AspNetCore
        .Where(reference => System.IO.Path.GetFileName(reference.Display ?? string.Empty).StartsWith("Microsoft.Extensions.", System.StringComparison.Ordinal))
        .ToArray();

    /// <summary>ASP.NET Core and the companion SevenIo.Webhooks.AspNetCore: with these the generator also emits the receiving endpoint.</summary>
    public static readonly MetadataReference[] AspNetCoreReferences =
        [.. NetReferences.AspNetCore, MetadataReference.CreateFromFile(typeof(global::SevenIo.Runtime.WebhookServices).Assembly.Location)];

    public static CSharpCompilation Compilation(string source = "", LanguageVersion languageVersion = LanguageVersion.Latest, bool nullable = true)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        return CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, parseOptions, path: "/src/Consumer.cs")],
            [.. NetReferences.All, Runtime],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable && languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Default));
    }

    public static CSharpGeneratorDriver Driver(IEnumerable<AdditionalText> specs, CSharpParseOptions? parseOptions = null, bool trackSteps = false, TestOptions? options = null) =>
        (CSharpGeneratorDriver)CSharpGeneratorDriver.Create(
            [new SevenIoGenerator().AsSourceGenerator()],
            specs,
            parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest),
            options ?? new TestOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Every spec file of the package, marked as the package's, under /spec/.</summary>
    public static List<AdditionalText> CanonicalSpecs(params string[] fileNames) =>
        (fileNames.Length == 0 ? CanonicalSpec.Files.Select(System.IO.Path.GetFileName) : fileNames)
            .Select(name => (AdditionalText)new InMemoryAdditionalText("/spec/" + name, CanonicalSpec.Read(name!)))
            .ToList();

    /// <summary>The options that mark the given files as the package's, and select groups.</summary>
    public static TestOptions Packaged(IEnumerable<AdditionalText> files, string? groups = null) => new(groups, files.Select(f => f.Path));

    /// <summary>Runs the generator on one spec and returns its result and the compilation with the generated code.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(string specText, string specPath = "/spec/hooks.seven.json", CSharpCompilation? compilation = null)
    {
        compilation ??= Compilation();
        var driver = Driver([new InMemoryAdditionalText(specPath, specText)], (CSharpParseOptions)compilation.SyntaxTrees[0].Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>Asserts that a compilation has no warning or error (binding-redirect noise aside, as in the SDK).</summary>
    public static void AssertNoWarnings(Compilation output)
    {
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702"))
            .ToList();
        Xunit.Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
