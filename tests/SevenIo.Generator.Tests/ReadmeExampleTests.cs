using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SevenIo.Testing;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// The README's examples are what users copy first: each C# example that creates a client compiles
/// without a warning against the package's whole spec, and the overlay example adds what it says.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly string Readme = System.IO.File.ReadAllText(RepositoryPaths.Combine("README.md"));

    public static TheoryData<int> CSharpExamples => new(Blocks("csharp").Select((block, index) => (block, index)).Where(b => b.block.Contains("new SevenClient(", StringComparison.Ordinal)).Select(b => b.index));

    [Theory]
    [MemberData(nameof(CSharpExamples))]
    public void The_example_compiles_against_the_whole_gateway(int index)
    {
        var output = Compile(Blocks("csharp")[index], overlay: null);

        GeneratorHarness.AssertNoWarnings(output);
    }

    [Fact]
    public void The_overlay_example_adds_its_operation_and_enum_value_to_the_package_client()
    {
        var overlay = Assert.Single(Blocks("json"), block => block.Contains("\"client\": \"SevenClient\"", StringComparison.Ordinal));

        var output = Compile("var client = new SevenIo.SevenClient(\"key\");\nSevenIo.Hook hook = await client.Hooks.GetAsync(42);\nConsole.WriteLine(SevenIo.HookEventType.WaMo);", overlay);

        GeneratorHarness.AssertNoWarnings(output);
        Assert.Contains("call `await client.Hooks.GetAsync(42)` or use `HookEventType.WaMo`", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_webhooks_example_compiles_in_an_aspnetcore_app()
    {
        var example = Assert.Single(Blocks("csharp"), block => block.Contains("MapSevenWebhooks(", StringComparison.Ordinal));

        // What the example leaves to the reader: its two stores, and the usings of the Web SDK.
        var program = $$"""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using SevenIo;
            var inbox = new Inbox();
            var statuses = new Statuses();
            {{example}}
            sealed class Inbox { public Task AddAsync(string text, CancellationToken ct) => Task.CompletedTask; }
            sealed class Statuses { public Task UpdateAsync(string? id, DeliveryStatus? status, CancellationToken ct) => Task.CompletedTask; }
            """;

        GeneratorHarness.AssertNoWarnings(Compile(program, overlay: null, aspNetCore: true));
    }

    private static Compilation Compile(string program, string? overlay, bool aspNetCore = false)
    {
        var specs = GeneratorHarness.CanonicalSpecs();
        var options = GeneratorHarness.Packaged(specs);
        if (overlay is not null)
        {
            specs.Add(new InMemoryAdditionalText("/src/acme.seven.json", overlay));
        }

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = GeneratorHarness.Compilation(program)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "/src/GlobalUsings.cs"))
            .WithOptions(GeneratorHarness.Compilation().Options.WithOutputKind(OutputKind.ConsoleApplication));
        if (aspNetCore)
        {
            compilation = compilation.AddReferences(GeneratorHarness.AspNetCoreReferences);
        }

        var driver = GeneratorHarness.Driver(specs, options: options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return output;
    }

    private static List<string> Blocks(string language) =>
        CodeBlock().Matches(Readme).Where(m => m.Groups["language"].Value == language).Select(m => m.Groups["code"].Value).ToList();

    [GeneratedRegex(@"^```(?<language>\w+)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
