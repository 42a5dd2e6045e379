using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Refit;
using SevenIo.Benchmarks.Gateway;

namespace SevenIo.Benchmarks.Client;

/// <summary>
/// List, create and delete webhooks (and send an SMS with options, also signed, without Refit) through the generated client, the hand-written baseline and Refit, each
/// over an in-memory handler that answers with a fresh response over static bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientBenchmarks
{
    private const string ApiKey = "benchmark-key";
    private SevenClient _generatedList = null!;
    private SevenClient _generatedResult = null!;
    private HandWritten _handList = null!;
    private HandWritten _handResult = null!;
    private SevenClient _generatedDispatch = null!;
    private SevenClient _generatedSignedDispatch = null!;
    private HandWritten _handDispatch = null!;
    private IRefitHooks _refitList = null!;
    private IRefitHooks _refitResult = null!;

    [GlobalSetup]
    public void Setup()
    {
        var list = Responses.List(2);
        _generatedList = Generated(list);
        _generatedResult = Generated(Responses.Result);
        _handList = new HandWritten(new HttpClient(new StaticResponseHandler(list)), ApiKey);
        _handResult = new HandWritten(new HttpClient(new StaticResponseHandler(Responses.Result)), ApiKey);
        _refitList = Refit(list);
        _refitResult = Refit(Responses.Result);
        _generatedDispatch = Generated(Responses.Dispatch);
        _generatedSignedDispatch = new(new HttpClient(new StaticResponseHandler(Responses.Dispatch)), new SevenClientOptions { ApiKey = ApiKey, SigningSecret = "benchmark-signing-secret" });
        _handDispatch = new HandWritten(new HttpClient(new StaticResponseHandler(Responses.Dispatch)), ApiKey);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("SendSms")]
    public Task<DispatchDto> SendSms_HandWritten() => _handDispatch.SendSmsAsync("49176123456789", "Your parcel arrives today.", "Acme", "parcels");

    [Benchmark, BenchmarkCategory("SendSms")]
    public Task<DispatchResult> SendSms_Generated() =>
        _generatedDispatch.Sms.SendAsync("49176123456789", "Your parcel arrives today.", new SmsSendOptions { From = "Acme", Label = "parcels" });

    /// <summary>The same send for an account that requires signed requests: MD5 of the body, HMAC-SHA256, a nonce and three headers more.</summary>
    [Benchmark, BenchmarkCategory("SendSms")]
    public Task<DispatchResult> SendSms_GeneratedSigned() =>
        _generatedSignedDispatch.Sms.SendAsync("49176123456789", "Your parcel arrives today.", new SmsSendOptions { From = "Acme", Label = "parcels" });

    [Benchmark(Baseline = true), BenchmarkCategory("List")]
    public Task<IReadOnlyList<HookDto>> List_HandWritten() => _handList.ListAsync();

    [Benchmark, BenchmarkCategory("List")]
    public Task<IReadOnlyList<Hook>> List_Generated() => _generatedList.Hooks.ListAsync();

    [Benchmark, BenchmarkCategory("List")]
    public Task<HookListDto> List_Refit() => _refitList.ListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("Create")]
    public Task<ResultDto> Create_HandWritten() => _handResult.CreateAsync("https://acme.inc/webhook", "sms_mo", "JSON");

    [Benchmark, BenchmarkCategory("Create")]
    public Task<HookResult> Create_Generated() => _generatedResult.Hooks.CreateAsync("https://acme.inc/webhook", HookEventType.SmsMo, requestMethod: HookRequestMethod.Json);

    [Benchmark, BenchmarkCategory("Create")]
    public Task<ResultDto> Create_Refit() => _refitResult.CreateAsync(new Dictionary<string, string>
    {
        ["target_url"] = "https://acme.inc/webhook",
        ["event_type"] = "sms_mo",
        ["request_method"] = "JSON",
    });

    [Benchmark(Baseline = true), BenchmarkCategory("Delete")]
    public Task<ResultDto> Delete_HandWritten() => _handResult.DeleteAsync(12345);

    [Benchmark, BenchmarkCategory("Delete")]
    public Task<HookResult> Delete_Generated() => _generatedResult.Hooks.DeleteAsync(12345);

    [Benchmark, BenchmarkCategory("Delete")]
    public Task<ResultDto> Delete_Refit() => _refitResult.DeleteAsync(new Dictionary<string, string> { ["id"] = "12345" });

    private static SevenClient Generated(byte[] body) =>
        new(new HttpClient(new StaticResponseHandler(body)), new SevenClientOptions { ApiKey = ApiKey });

    private static IRefitHooks Refit(byte[] body) => RestService.For<IRefitHooks>(
        new HttpClient(new StaticResponseHandler(body)) { BaseAddress = new Uri("https://gateway.seven.io") },
        new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(HandJsonContext.Default.Options) });
}
