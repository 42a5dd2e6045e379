using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests.Webhooks;

/// <summary>The signing rule of the reference, its time window, replays, and what a refusal says.</summary>
public sealed class WebhookVerifierTests
{
    private const string Key = "s3cr3t-key";
    private const string Url = "https://acme.inc/webhooks/seven";
    private const string Body = """{"webhook_event":"dlr","webhook_timestamp":"2021-08-24T08:08:00+02:00","data":{"msg_id":"77149843739","status":"DELIVERED","timestamp":"2021-08-24 08:08:00.000000"}}""";
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1764325200);

    [Fact]
    public void The_signature_matches_vectors_computed_independently()
    {
        // Python: hmac.new(key.strip(), f"{ts}\n{nonce}\n{method}\n{url}\n{md5hex(body)}", sha256).hexdigest()
        Assert.Equal(
            "dda9f3447dc67e02c4f610d1010303a5697706472a0b9438547dc3fd8f4f2f28",
            WebhookSignature.Compute("  s3cr3t-key\n", "1764325200", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "POST", Url, Encoding.UTF8.GetBytes(Body)));
        Assert.Equal(
            "70576256b4d3b2ee530007f1c65e83420881f573c7e11824e0b60a3fa18eb185",
            WebhookSignature.Compute(Key, "1764325200", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ", "GET", "https://acme.inc:8443/hooks?webhook_event=sms_mo&data%5Bid%5D=1", ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public async Task A_correctly_signed_fresh_delivery_is_accepted_once()
    {
        var verifier = Verifier(out _);
        var delivery = Signed();

        var first = await verifier.VerifyAsync(delivery);
        var again = await verifier.VerifyAsync(delivery);

        Assert.True(first.IsAccepted);
        Assert.Null(first.Reason);
        Assert.Equal(WebhookRejection.Replayed, again.Rejection);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    [InlineData(-5, true)]
    [InlineData(-6, false)]
    public async Task The_timestamp_may_be_30_seconds_old_or_5_seconds_ahead(int ageSeconds, bool accepted)
    {
        var verifier = Verifier(out var clock);
        clock.Now = SignedAt.AddSeconds(ageSeconds);

        var result = await verifier.VerifyAsync(Signed());

        Assert.Equal(accepted, result.IsAccepted);
        if (!accepted)
        {
            Assert.Equal(ageSeconds > 0 ? WebhookRejection.Expired : WebhookRejection.FromTheFuture, result.Rejection);
        }
    }

    [Theory]
    [InlineData("key")]
    [InlineData("body")]
    [InlineData("url")]
    [InlineData("method")]
    [InlineData("nonce")]
    [InlineData("timestamp")]
    [InlineData("truncated")]
    [InlineData("not hex")]
    public async Task Anything_changed_after_signing_is_a_mismatch(string change)
    {
        var verifier = Verifier(out var clock);
        var signature = WebhookSignature.Compute(change == "key" ? "another-key" : Key, "1764325200", "n1", "POST", Url, Encoding.UTF8.GetBytes(Body));
        clock.Now = SignedAt.AddSeconds(change == "timestamp" ? 1 : 0);
        var delivery = new WebhookRequest(
            change == "method" ? "GET" : "POST",
            change == "url" ? Url + "?x=1" : Url,
            "application/json",
            Encoding.UTF8.GetBytes(change == "body" ? Body.Replace("DELIVERED", "REJECTED", StringComparison.Ordinal) : Body),
            change switch { "truncated" => signature[..^2], "not hex" => "zz" + signature[2..], _ => signature },
            change == "timestamp" ? "1764325201" : "1764325200",
            change == "nonce" ? "n2" : "n1");

        var result = await verifier.VerifyAsync(delivery);

        Assert.Equal(WebhookRejection.SignatureMismatch, result.Rejection);
        Assert.DoesNotContain(signature, result.Reason!, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, result.Reason!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "1764325200", "n1")]
    [InlineData("abc", null, "n1")]
    [InlineData("abc", "1764325200", "")]
    [InlineData(" ", "1764325200", "n1")]
    public async Task A_missing_header_is_refused(string? signature, string? timestamp, string? nonce)
    {
        var result = await Verifier(out _).VerifyAsync(new WebhookRequest("POST", Url, null, Encoding.UTF8.GetBytes(Body), signature, timestamp, nonce));

        Assert.Equal(WebhookRejection.MissingHeaders, result.Rejection);
    }

    [Theory]
    [InlineData("17643252OO")]
    [InlineData("-1764325200")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public async Task A_timestamp_that_is_not_unix_seconds_is_refused(string timestamp)
    {
        var result = await Verifier(out _).VerifyAsync(new WebhookRequest("POST", Url, null, Encoding.UTF8.GetBytes(Body), "ab", timestamp, "n1"));

        Assert.Equal(WebhookRejection.InvalidTimestamp, result.Rejection);
    }

    [Fact]
    public async Task The_signature_is_read_in_either_case_and_the_key_without_surrounding_whitespace()
    {
        var verifier = new WebhookVerifier(new SevenWebhookOptions { SigningKey = "\t" + Key + " \n", TimeProvider = new FixedClock(SignedAt) });

        var result = await verifier.VerifyAsync(Signed(signature => signature.ToUpperInvariant()));

        Assert.True(result.IsAccepted, result.Reason);
    }

    [Fact]
    public async Task A_forged_delivery_does_not_use_up_its_nonce()
    {
        var verifier = Verifier(out _);
        var forged = new WebhookRequest("POST", Url, null, Encoding.UTF8.GetBytes(Body), new string('0', 64), "1764325200", "n1");

        Assert.Equal(WebhookRejection.SignatureMismatch, (await verifier.VerifyAsync(forged)).Rejection);
        Assert.True((await verifier.VerifyAsync(Signed())).IsAccepted);
    }

    [Fact]
    public async Task Turning_verification_off_accepts_anything_and_needs_no_key()
    {
        var verifier = new WebhookVerifier(new SevenWebhookOptions { VerifySignatures = false });

        var result = await verifier.VerifyAsync(new WebhookRequest("POST", Url, null, ReadOnlyMemory<byte>.Empty, null, null, null));

        Assert.True(result.IsAccepted);
    }

    [Fact]
    public void Verifying_without_a_key_is_refused_when_the_verifier_is_made()
    {
        var e = Assert.Throws<ArgumentException>(() => new WebhookVerifier(new SevenWebhookOptions { SigningKey = "  " }));

        Assert.Contains("SigningKey", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_deliveries_with_one_nonce_are_accepted_exactly_once()
    {
        var verifier = Verifier(out _);
        var delivery = Signed();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await verifier.VerifyAsync(delivery))));

        Assert.Equal(1, results.Count(r => r.IsAccepted));
        Assert.All(results.Where(r => !r.IsAccepted), r => Assert.Equal(WebhookRejection.Replayed, r.Rejection));
    }

    [Fact]
    public void A_delivery_describes_itself_without_its_body_or_signature()
    {
        var text = Signed().ToString();

        Assert.Equal("POST " + Url, text);
    }

    private static WebhookVerifier Verifier(out FixedClock clock)
    {
        clock = new FixedClock(SignedAt);
        return new WebhookVerifier(new SevenWebhookOptions { SigningKey = Key, TimeProvider = clock });
    }

    private static WebhookRequest Signed(Func<string, string>? change = null)
    {
        var body = Encoding.UTF8.GetBytes(Body);
        var signature = WebhookSignature.Compute(Key, "1764325200", "n1", "POST", Url, body);
        return new WebhookRequest("POST", Url, "application/json", body, change?.Invoke(signature) ?? signature, "1764325200", "n1");
    }
}
