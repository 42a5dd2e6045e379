using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator;

namespace SevenIo.Benchmarks.Generator;

/// <summary>
/// The generator as the compiler runs it: a first run on the hooks spec, and a re-run after an
/// unrelated C# edit (what the IDE does on every keystroke).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _hooks = null!;
    private GeneratorDriver _warm = null!;
    private bool _toggle;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", ParseOptions)]);
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { void M() { } }", ParseOptions));
        _hooks = new Text("/spec/hooks.seven.json", SyntheticSpec.Hooks());
        _warm = Driver(_hooks).RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver HooksSpec() => Driver(_hooks).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit()
    {
        _toggle = !_toggle;
        _warm = _warm.RunGenerators(_toggle ? _edited : _compilation);
        return _warm;
    }

    internal static CSharpGeneratorDriver Driver(AdditionalText spec) =>
        CSharpGeneratorDriver.Create([new SevenIoGenerator().AsSourceGenerator()], [spec], ParseOptions);

    internal sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
