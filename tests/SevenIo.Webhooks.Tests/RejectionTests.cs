using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SevenIo.Testing.Webhooks;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// Every way a delivery is refused, against the sample on Kestrel: the status the gateway gets
/// (401 and 400 end its retries, 413 too), a problem body that names the reason, nothing queued,
/// and nothing of the key, signature or body in the answer or the log.
/// </summary>
public sealed class RejectionTests : IAsyncLifetime
{
    private const string Secret = "SECRET-TEXT-OF-THE-BODY";
    private Receiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await Receiver.StartAsync("--Seven:MaxBodySize=65536");

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    public static TheoryData<string, int, string> Cases => new()
    {
        { "tampered body", 401, "does not match" },
        { "wrong key", 401, "does not match" },
        { "signed for another URL", 401, "does not match" },
        { "signed for another method", 401, "does not match" },
        { "upper-case key", 401, "does not match" },
        { "stale timestamp", 401, "at most 30 s are accepted" },
        { "timestamp from the future", 401, "ahead of this machine's clock" },
        { "timestamp not a number", 401, "not a number of Unix seconds" },
        { "no signature", 401, "lacks one of" },
        { "no timestamp", 401, "lacks one of" },
        { "no nonce", 401, "lacks one of" },
        { "malformed JSON", 400, "JSON is malformed" },
        { "no webhook_event", 400, "has no 'webhook_event'" },
        { "data that does not fit", 400, "does not fit its model" },
        { "form field with value and members", 400, "given both as a value and with members" },
        { "huge body", 413, "larger than the receiver accepts" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_delivery_is_refused_with_the_status_and_reason(string refusal, int status, string reason)
    {
        using var request = Request(refusal);

        using var response = await _receiver.Http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(_receiver.Inbox.Reader.TryRead(out _), "a refused delivery must not be queued");
        AssertNothingSecretIn(problem.GetRawText());
        AssertNothingSecretIn(string.Join("\n", _receiver.Logs.Lines));
        Assert.Contains(_receiver.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_replayed_delivery_is_refused_the_second_time()
    {
        var delivery = Delivery(DeliveryMethod.Json);
        var nonce = DeliverySimulator.NewNonce();
        var now = DateTimeOffset.UtcNow;

        using var first = await _receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, now, nonce));
        using var again = await _receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, now, nonce));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (first.StatusCode, again.StatusCode));
        Assert.Contains("accepted before", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.IsType<SmsMoEvent>(await _receiver.NextEventAsync());
        Assert.False(_receiver.Inbox.Reader.TryRead(out _));
    }

    [Fact]
    public async Task An_unknown_event_is_accepted_not_refused()
    {
        var delivery = DeliverySimulator.Build("wa_mo", "2025-01-10T10:00:00+01:00", """{"id":"wamid.1"}""", DeliveryMethod.FormNested, _receiver.Endpoint);

        using var response = await _receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("wa_mo", Assert.IsType<UnknownWebhookEvent>(await _receiver.NextEventAsync()).EventType);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_are_not_routed(string method)
    {
        using var response = await _receiver.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), _receiver.Endpoint));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Two_hundred_concurrent_deliveries_are_each_accepted_and_queued_once()
    {
        var requests = Enumerable.Range(0, 200).Select(i => DeliverySimulator.Sign(
            DeliverySimulator.Build("dlr", "2021-08-24T08:08:00+02:00", $$"""{"msg_id":"{{i}}","status":"DELIVERED"}""", (DeliveryMethod)(i % 6), _receiver.Endpoint),
            Receiver.SigningKey,
            DateTimeOffset.UtcNow));

        var responses = await Task.WhenAll(requests.Select(r => _receiver.Http.SendAsync(r)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ids = Enumerable.Range(0, 200).Select(_ => _receiver.NextEventAsync()).Select(t => ((DlrEvent)t.Result).Data.MsgId).ToHashSet();
        Assert.Equal(200, ids.Count);
        Assert.False(_receiver.Inbox.Reader.TryRead(out _));
    }

    private (string Method, string Url, string? ContentType, byte[] Body) Delivery(DeliveryMethod method) =>
        DeliverySimulator.Build("sms_mo", "2020-12-02 11:55:44", $$"""{"id":"1","sender":"4917","text":"{{Secret}}"}""", method, _receiver.Endpoint);

    private HttpRequestMessage Request(string refusal)
    {
        var now = DateTimeOffset.UtcNow;
        var delivery = Delivery(DeliveryMethod.Json);
        switch (refusal)
        {
            case "tampered body":
                var signed = DeliverySimulator.Sign(delivery, Receiver.SigningKey, now);
                signed.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(delivery.Body).Replace("4917", "4918", StringComparison.Ordinal)));
                signed.Content.Headers.ContentType = new("application/json");
                return signed;
            case "wrong key":
                return DeliverySimulator.Sign(delivery, "another-key", now);
            case "upper-case key":
                return DeliverySimulator.Sign(delivery, Receiver.SigningKey.ToUpperInvariant(), now);
            case "signed for another URL":
                return DeliverySimulator.Sign(delivery, Receiver.SigningKey, now, signedUrl: delivery.Url.Replace("/webhooks/seven", "/webhooks/other", StringComparison.Ordinal));
            case "signed for another method":
                var get = DeliverySimulator.Sign(delivery with { Method = "GET" }, Receiver.SigningKey, now);
                var post = DeliverySimulator.Sign(delivery, Receiver.SigningKey, now);
                post.Headers.Remove("X-Signature");
                post.Headers.Add("X-Signature", get.Headers.GetValues("X-Signature"));
                return post;
            case "stale timestamp":
                return DeliverySimulator.Sign(delivery, Receiver.SigningKey, now.AddSeconds(-40));
            case "timestamp from the future":
                return DeliverySimulator.Sign(delivery, Receiver.SigningKey, now.AddSeconds(60));
            case "timestamp not a number":
                return Without(DeliverySimulator.Sign(delivery, Receiver.SigningKey, now), "X-Timestamp", "tomorrow");
            case "no signature":
                return Without(DeliverySimulator.Sign(delivery, Receiver.SigningKey, now), "X-Signature");
            case "no timestamp":
                return Without(DeliverySimulator.Sign(delivery, Receiver.SigningKey, now), "X-Timestamp");
            case "no nonce":
                return Without(DeliverySimulator.Sign(delivery, Receiver.SigningKey, now), "X-Nonce");
            case "malformed JSON":
                return DeliverySimulator.Sign(delivery with { Body = Encoding.UTF8.GetBytes("{\"webhook_event\":\"sms_mo\",\"data\":{\"text\":\"" + Secret + "\"") }, Receiver.SigningKey, now);
            case "no webhook_event":
                return DeliverySimulator.Sign(delivery with { Body = Encoding.UTF8.GetBytes("{\"data\":{\"text\":\"" + Secret + "\"}}") }, Receiver.SigningKey, now);
            case "data that does not fit":
                return DeliverySimulator.Sign(delivery with { Body = Encoding.UTF8.GetBytes("{\"webhook_event\":\"sms_mo\",\"data\":{\"time\":\"" + Secret + "\"}}") }, Receiver.SigningKey, now);
            case "form field with value and members":
                return DeliverySimulator.Sign(Delivery(DeliveryMethod.FormNested) with { Body = Encoding.UTF8.GetBytes("webhook_event=sms_mo&data=" + Secret + "&data[id]=1") }, Receiver.SigningKey, now);
            case "huge body":
                return DeliverySimulator.Sign(delivery with { Body = Encoding.UTF8.GetBytes("{\"webhook_event\":\"sms_mo\",\"data\":{\"text\":\"" + new string('x', 70_000) + "\"}}") }, Receiver.SigningKey, now);
            default:
                throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null);
        }
    }

    private static HttpRequestMessage Without(HttpRequestMessage request, string header, string? replacement = null)
    {
        request.Headers.Remove(header);
        if (replacement is not null)
        {
            request.Headers.Add(header, replacement);
        }

        return request;
    }

    private static void AssertNothingSecretIn(string text)
    {
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Receiver.SigningKey, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("[0-9a-f]{64}", text);
    }
}
