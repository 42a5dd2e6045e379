using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator;

namespace SevenIo.Benchmarks.Generator;

/// <summary>
/// The generator as the compiler runs it: a first run on the hooks spec and on the whole gateway (every
/// spec file of the package), a re-run after an unrelated C# edit (what the IDE does on every
/// keystroke), and a re-run after an edit to one of the gateway's spec files.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText[] _hooks = null!;
    private AdditionalText[] _gateway = null!;
    private AdditionalText _sms = null!;
    private AdditionalText _smsEdited = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmGateway = null!;
    private bool _toggle;
    private bool _toggleSpec;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", ParseOptions)]);
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { void M() { } }", ParseOptions));
        _hooks = [.. SyntheticSpec.Hooks().Select(file => new Text(file.Path, file.Text))];
        _gateway = [.. SyntheticSpec.Gateway().Select(file => new Text(file.Path, file.Text))];
        _sms = _gateway.Single(file => file.Path.EndsWith("/sms.seven.json", System.StringComparison.Ordinal));
        _smsEdited = new Text(_sms.Path, _sms.GetText()!.ToString().Replace("Sends an SMS to one or more recipients.", "Sends an SMS to one or several recipients.", System.StringComparison.Ordinal));
        _warm = Driver(_hooks).RunGenerators(_compilation);
        _warmGateway = Driver(_gateway).RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver HooksSpec() => Driver(_hooks).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver WholeGateway() => Driver(_gateway).RunGenerators(_compilation);

    /// <summary>One operation's description changes in one of the gateway's files: that file is read again, one group re-emitted.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterSpecEdit()
    {
        _toggleSpec = !_toggleSpec;
        _warmGateway = _toggleSpec
            ? _warmGateway.ReplaceAdditionalText(_sms, _smsEdited).RunGenerators(_compilation)
            : _warmGateway.ReplaceAdditionalText(_smsEdited, _sms).RunGenerators(_compilation);
        return _warmGateway;
    }

    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit()
    {
        _toggle = !_toggle;
        _warm = _warm.RunGenerators(_toggle ? _edited : _compilation);
        return _warm;
    }

    internal static CSharpGeneratorDriver Driver(params AdditionalText[] specs) =>
        CSharpGeneratorDriver.Create([new SevenIoGenerator().AsSourceGenerator()], specs, ParseOptions);

    internal sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
