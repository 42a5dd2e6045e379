using System.Collections;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using SevenIo.Benchmarks.Client;
using SevenIo.Benchmarks.Generator;
using SevenIo.Benchmarks.Paging;
using SevenIo.Benchmarks.Reading;
using SevenIo.Benchmarks.Webhooks;
using Xunit;

namespace SevenIo.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark body once, untimed, so that the benchmark project cannot rot between the
/// times somebody measures with it.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public Task Client_benchmarks_run() => RunAll(new ClientBenchmarks());

    [Fact]
    public async Task Replay_store_benchmarks_accept_each_new_delivery_with_either_store()
    {
        var benchmarks = new NonceStoreBenchmarks();
        benchmarks.Setup();
        try
        {
            Assert.IsType<SevenIo.SmsMoEvent>(await benchmarks.InMemoryStore());
            Assert.IsType<SevenIo.SmsMoEvent>(await benchmarks.RedisStore());
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    [Fact]
    public async Task Paging_benchmarks_read_every_entry_of_the_journal()
    {
        var benchmarks = new PagingBenchmarks();
        benchmarks.Setup();

        Assert.Equal(PagingBenchmarks.Entries, await benchmarks.HandWrittenLoop());
        Assert.Equal(PagingBenchmarks.Entries, await benchmarks.ListAll());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public Task Reading_benchmarks_run_and_agree_on_what_they_read(int hooks)
    {
        var benchmarks = new ReadingBenchmarks { Hooks = hooks };
        benchmarks.Setup();

        Assert.Equal(hooks, benchmarks.GeneratedReader().Count);
        Assert.Equal(benchmarks.SourceGeneratedContext()!.Select(h => (h.Id, h.TargetUrl, h.Created)), benchmarks.GeneratedReader().Select(h => (h.Id, h.TargetUrl, h.Created)));
        return RunAll(benchmarks);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("form")]
    public async Task Webhook_benchmarks_accept_the_delivery_and_agree_on_what_they_read(string delivery)
    {
        var benchmarks = new WebhookBenchmarks { Delivery = delivery };
        benchmarks.Setup();

        var handWritten = benchmarks.HandWrittenHmacAndSystemTextJson();
        var generated = Assert.IsType<SevenIo.SmsMoEvent>(await benchmarks.VerifierAndGeneratedReader());

        Assert.NotNull(handWritten);
        Assert.Equal((handWritten.Id, handWritten.Sender, handWritten.Text, handWritten.Time), (generated.Data.Id, generated.Data.Sender, generated.Data.Text, generated.Data.Time?.ToUnixTimeSeconds()));
        Assert.Equal("Hello, is the parcel on its way?", generated.Data.Text);
        await RunAll(benchmarks);
    }

    [Fact]
    public Task Generator_benchmarks_run() => RunAll(new GeneratorBenchmarks());

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public void Synthetic_specs_generate_without_diagnostics(int operations)
    {
        var benchmarks = new SyntheticSpecBenchmarks { Operations = operations };
        benchmarks.Setup();

        var result = benchmarks.FirstRun().GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.HintName == $"Synthetic.Group{(operations - 1) / 10}Client.g.cs");
    }

    [Fact]
    public void The_gc_pause_profile_writes_a_row_per_size_and_generator()
    {
        using var output = new System.IO.StringWriter();

        GcPauseProfile.Run(output, [10], operationsPerSize: 10);

        var rows = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("| SevenIoGenerator | 10 | 1 |", rows[2], System.StringComparison.Ordinal);
        Assert.StartsWith("| SameOutputOnly | 10 | 1 |", rows[3], System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_floor_adds_the_same_files_as_a_real_run()
    {
        var benchmarks = new SyntheticSpecBenchmarks { Operations = 100 };
        benchmarks.Setup();

        var real = benchmarks.FirstRun().GetRunResult().Results.Single().GeneratedSources;
        var floor = benchmarks.SameOutputOnly().GetRunResult().Results.Single().GeneratedSources;

        Assert.Equal(real.Select(s => (s.HintName, s.SourceText.Length)), floor.Select(s => (s.HintName, s.SourceText.Length)));
    }

    private static async Task RunAll(object benchmarks)
    {
        var type = benchmarks.GetType();
        type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(benchmarks, null);
        var bodies = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
        Assert.NotEmpty(bodies);
        foreach (var body in bodies)
        {
            var result = body.Invoke(benchmarks, null);
            if (result?.GetType() is { IsGenericType: true } valueTask && valueTask.GetGenericTypeDefinition() == typeof(ValueTask<>))
            {
                result = valueTask.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null);
            }

            if (result is Task task)
            {
                await task;
                result = task.GetType().GetProperty("Result")?.GetValue(task);
            }

            Assert.True(result is not null, $"{body.Name} returned nothing");
            if (result is GeneratorDriver driver)
            {
                Assert.Empty(driver.GetRunResult().Diagnostics);
            }
            else if (result is ICollection collection)
            {
                Assert.NotEmpty(collection);
            }
        }
    }
}
