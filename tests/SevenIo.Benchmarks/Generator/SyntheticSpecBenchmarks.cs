using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Benchmarks.Generator;

/// <summary>A first generator run on synthetic specs of 10, 100 and 1,000 operations: does the cost grow linearly?</summary>
[MemoryDiagnoser]
public class SyntheticSpecBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText _spec = null!;

    [Params(10, 100, 1000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", GeneratorBenchmarks.ParseOptions)]);
        _spec = new GeneratorBenchmarks.Text("/spec/synthetic.seven.json", SyntheticSpec.WithOperations(Operations));
    }

    [Benchmark]
    public GeneratorDriver FirstRun() => GeneratorBenchmarks.Driver(_spec).RunGenerators(_compilation);
}
