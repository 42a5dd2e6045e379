using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SevenIo.Benchmarks.Generator;

/// <summary>
/// Splits a first generator run into the time the process spent paused for garbage collection
/// and the rest, which BenchmarkDotNet does not report: the part that shows whether the
/// generator's own work grows linearly. Run with <c>-- --gc-pauses</c>.
/// </summary>
public static class GcPauseProfile
{
    public static readonly IReadOnlyList<int> DefaultSizes = [100, 1000, 4000];

    /// <summary>Runs each size warm, then measures; writes one Markdown row per size and generator.</summary>
    public static void Run(TextWriter output, IReadOnlyList<int> sizes, int operationsPerSize = 40_000)
    {
        output.WriteLine("| Generator | Operations | Runs | Per run | GC pauses per run | Per run without GC pauses | Per operation without GC pauses |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }", GeneratorBenchmarks.ParseOptions)]);
        foreach (var operations in sizes)
        {
            var spec = new GeneratorBenchmarks.Text("/spec/synthetic.seven.json", SyntheticSpec.WithOperations(operations));
            var files = GeneratorBenchmarks.Driver(spec).RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources;
            var sameOutput = new SameOutputGenerator(files.Select(f => (f.HintName, f.SourceText.Length)).ToArray());
            var runs = Math.Max(1, operationsPerSize / operations);

            Measure(output, "SevenIoGenerator", operations, runs, () => GeneratorBenchmarks.Driver(spec).RunGenerators(compilation));
            Measure(output, "SameOutputOnly", operations, runs, () =>
                CSharpGeneratorDriver.Create([sameOutput.AsSourceGenerator()], [spec], GeneratorBenchmarks.ParseOptions).RunGenerators(compilation));
        }
    }

    private static void Measure(TextWriter output, string name, int operations, int runs, Func<GeneratorDriver> run)
    {
        for (var i = 0; i < runs; i++)
        {
            run();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var pausedBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            run();
        }

        var perRun = clock.Elapsed.TotalMilliseconds / runs;
        var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / runs;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {operations:N0} | {runs} | {perRun:F2} ms | {paused:F2} ms | {perRun - paused:F2} ms | {(perRun - paused) * 1000 / operations:F1} us |"));
    }
}
