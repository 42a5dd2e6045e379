using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SevenIo.Benchmarks.Generator;

// dotnet run -c Release --project tests/SevenIo.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/SevenIo.Benchmarks -- --gc-pauses
if (args is ["--gc-pauses"])
{
    GcPauseProfile.Run(Console.Out, GcPauseProfile.DefaultSizes);
    return;
}

// Short runs (3 warm-ups, 3 iterations), in process: BenchmarkDotNet's generated project would sit
// under the repository's central package management, which pins Roslyn to the generator's 4.8.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
