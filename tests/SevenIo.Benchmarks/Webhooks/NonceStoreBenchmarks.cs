using System;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using SevenIo.Testing;
using StackExchange.Redis;

namespace SevenIo.Benchmarks.Webhooks;

/// <summary>
/// Verifying and reading one inbound-SMS delivery with replay protection: the in-memory store
/// against the Redis store on a real <c>redis-server</c> over loopback. Every operation is a new
/// delivery (a fresh nonce, signed), as the gateway sends them, so both rows sign one too.
/// </summary>
[MemoryDiagnoser]
public class NonceStoreBenchmarks
{
    private const string SigningKey = "benchmark-signing-key";
    private const string Url = "https://hooks.acme.inc/webhooks/seven";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_795_907_700);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"webhook_event":"sms_mo","webhook_timestamp":"2026-11-28 10:15:00","data":{"id":"681590","sender":"491771783130","system":"4915112345678","text":"Hello, is the parcel on its way?","time":"1795907700","message_type":"SMS"}}""");
    private static readonly string Timestamp = (Now.ToUnixTimeSeconds() - 2).ToString(CultureInfo.InvariantCulture);

    private RedisServer _redis = null!;
    private ConnectionMultiplexer _connection = null!;
    private WebhookVerifier _memory = null!;
    private WebhookVerifier _onRedis = null!;
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        _redis = RedisServer.StartAsync().GetAwaiter().GetResult();
        _connection = ConnectionMultiplexer.Connect(_redis.ConnectionString);
        var time = new FixedTime(Now);
        _memory = new WebhookVerifier(new SevenWebhookOptions { SigningKey = SigningKey, NonceStore = new MemoryWebhookNonceStore(timeProvider: time), TimeProvider = time });
        _onRedis = new WebhookVerifier(new SevenWebhookOptions { SigningKey = SigningKey, NonceStore = new RedisWebhookNonceStore(_connection, timeProvider: time), TimeProvider = time });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        _redis.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public ValueTask<WebhookEvent?> InMemoryStore() => VerifyAndReadAsync(_memory);

    [Benchmark]
    public ValueTask<WebhookEvent?> RedisStore() => VerifyAndReadAsync(_onRedis);

    private async ValueTask<WebhookEvent?> VerifyAndReadAsync(WebhookVerifier verifier)
    {
        var nonce = Interlocked.Increment(ref _next).ToString("x32", CultureInfo.InvariantCulture);
        var request = new WebhookRequest("POST", Url, "application/json", Body, WebhookSignature.Compute(SigningKey, Timestamp, nonce, "POST", Url, Body), Timestamp, nonce);
        var verification = await verifier.VerifyAsync(request, CancellationToken.None).ConfigureAwait(false);
        return verification.IsAccepted ? SevenWebhooks.Read(request) : null;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
