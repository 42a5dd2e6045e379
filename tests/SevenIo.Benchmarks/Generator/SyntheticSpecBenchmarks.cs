using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Benchmarks.Generator;

/// <summary>
/// A first generator run on synthetic specs of 10 to 4,000 operations: does the cost grow linearly?
/// <see cref="SameOutputOnly"/> is the floor beside it: a generator that only adds the same files.
/// </summary>
[MemoryDiagnoser]
public class SyntheticSpecBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText _spec = null!;
    private SameOutputGenerator _sameOutput = null!;

    [Params(10, 100, 1000, 4000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", GeneratorBenchmarks.ParseOptions)]);
        _spec = new GeneratorBenchmarks.Text("/spec/synthetic.seven.json", SyntheticSpec.WithOperations(Operations));
        var files = FirstRun().GetRunResult().Results.Single().GeneratedSources;
        _sameOutput = new SameOutputGenerator(files.Select(f => (f.HintName, f.SourceText.Length)).ToArray());
    }

    [Benchmark]
    public GeneratorDriver FirstRun() => GeneratorBenchmarks.Driver(_spec).RunGenerators(_compilation);

    [Benchmark(Baseline = true)]
    public GeneratorDriver SameOutputOnly() =>
        CSharpGeneratorDriver.Create([_sameOutput.AsSourceGenerator()], [_spec], GeneratorBenchmarks.ParseOptions).RunGenerators(_compilation);
}
