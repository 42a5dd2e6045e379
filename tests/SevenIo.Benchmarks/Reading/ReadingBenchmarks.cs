using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SevenIo.Benchmarks.Client;
using SevenIo.Benchmarks.Gateway;
using SevenIo.Runtime;

namespace SevenIo.Benchmarks.Reading;

/// <summary>Reading a JSON array of hooks: the generator's reader, a System.Text.Json source-generated context, and reflection.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new();
    private byte[] _json = null!;

    [Params(10, 1000)]
    public int Hooks { get; set; }

    [GlobalSetup]
    public void Setup() => _json = Encoding.UTF8.GetBytes(Responses.HookArray(Hooks));

    [Benchmark(Baseline = true)]
    public List<HookDto>? SourceGeneratedContext() => JsonSerializer.Deserialize(_json, HandJsonContext.Default.ListHookDto);

    /// <summary>What a generated response reader does with an array of models.</summary>
    [Benchmark]
    public IReadOnlyList<Hook> GeneratedReader()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        var items = new List<Hook>();
        var cursor = JsonValues.OpenArray(ref reader);
        while (cursor.MoveNext(ref reader))
        {
            items.Add(HookJson.Read(ref reader));
        }

        return items;
    }

    [Benchmark]
    public List<HookDto>? ReflectionBased() => JsonSerializer.Deserialize<List<HookDto>>(_json, Reflection);
}
