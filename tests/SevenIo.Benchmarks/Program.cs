using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/SevenIo.Benchmarks -- --filter '*'
// The default job is BenchmarkDotNet's short run (3 warm-ups, 3 iterations): enough for ratios;
// pass --job default for the long one.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("ShortRun"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
