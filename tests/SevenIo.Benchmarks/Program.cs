using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/SevenIo.Benchmarks -- --filter '*'
// Short runs (3 warm-ups, 3 iterations), in process: BenchmarkDotNet's generated project would sit
// under the repository's central package management, which pins Roslyn to the generator's 4.8.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
