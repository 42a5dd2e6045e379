using System;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SevenIo.Benchmarks.Webhooks;

/// <summary>
/// Receiving one inbound-SMS delivery, signature checked and payload read, as JSON and as a nested
/// form: the runtime's verifier and the generated reader against <see cref="HandWrittenReceiver"/>.
/// The same delivery is checked again and again, so the nonce store is left out on both sides.
/// </summary>
[MemoryDiagnoser]
public class WebhookBenchmarks
{
    private const string SigningKey = "benchmark-signing-key";
    private const string Url = "https://hooks.acme.inc/webhooks/seven";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_795_907_700);

    private readonly byte[] _key = Encoding.UTF8.GetBytes(SigningKey);
    private WebhookVerifier _verifier = null!;
    private WebhookRequest _request = null!;

    [Params("json", "form")]
    public string Delivery { get; set; } = "json";

    [GlobalSetup]
    public void Setup()
    {
        var (contentType, body) = Delivery == "json"
            ? ("application/json", """{"webhook_event":"sms_mo","webhook_timestamp":"2026-11-28 10:15:00","data":{"id":"681590","sender":"491771783130","system":"4915112345678","text":"Hello, is the parcel on its way?","time":"1795907700","message_type":"SMS"}}""")
            : ("application/x-www-form-urlencoded", "webhook_event=sms_mo&webhook_timestamp=2026-11-28+10%3A15%3A00&data%5Bid%5D=681590&data%5Bsender%5D=491771783130&data%5Bsystem%5D=4915112345678&data%5Btext%5D=Hello%2C+is+the+parcel+on+its+way%3F&data%5Btime%5D=1795907700&data%5Bmessage_type%5D=SMS");
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (Now.ToUnixTimeSeconds() - 2).ToString(CultureInfo.InvariantCulture);
        const string nonce = "4c1d2f3e5a6b7c8d9e0f1a2b3c4d5e6f";
        _request = new WebhookRequest("POST", Url, contentType, bytes, WebhookSignature.Compute(SigningKey, timestamp, nonce, "POST", Url, bytes), timestamp, nonce);
        _verifier = new WebhookVerifier(new SevenWebhookOptions { SigningKey = SigningKey, NonceStore = new AcceptingNonceStore(), TimeProvider = new FixedTime(Now) });
    }

    [Benchmark(Baseline = true)]
    public InboundSmsDto? HandWrittenHmacAndSystemTextJson()
    {
        var body = _request.Body.ToArray();
        if (!HandWrittenReceiver.Verify(_key, _request.Method, _request.Url, body, _request.Signature!, _request.Timestamp!, _request.Nonce!, Now))
        {
            return null;
        }

        return Delivery == "json" ? HandWrittenReceiver.ReadJson(body) : HandWrittenReceiver.ReadForm(body);
    }

    [Benchmark]
    public async ValueTask<WebhookEvent?> VerifierAndGeneratedReader()
    {
        var verification = await _verifier.VerifyAsync(_request, CancellationToken.None).ConfigureAwait(false);
        return verification.IsAccepted ? SevenWebhooks.Read(_request) : null;
    }

    private sealed class AcceptingNonceStore : IWebhookNonceStore
    {
        public ValueTask<bool> TryAddAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken) => new(true);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
