using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SevenIo.Testing;
using SevenIo.Testing.Webhooks;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// Two instances of the sample receiver on Kestrel behind one public address, sharing their replay
/// protection on a real Redis: a delivery accepted by one is refused by the other, also when hundreds
/// of duplicates arrive at both at once; with Redis gone a delivery is refused with 503 and not
/// handled, and once Redis is back it is accepted, without a restart.
/// </summary>
public sealed class RedisReplayTests
{
    private const string PublicBaseAddress = "https://hooks.acme.inc";

    [Fact]
    public async Task A_delivery_accepted_by_one_instance_is_refused_by_the_other()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var first = await StartAsync(redis);
        await using var second = await StartAsync(redis);
        var nonce = DeliverySimulator.NewNonce();
        var now = DateTimeOffset.UtcNow;

        using var accepted = await first.Http.SendAsync(Signed(first, "1", nonce, now));
        using var replayed = await second.Http.SendAsync(Signed(second, "1", nonce, now));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, replayed.StatusCode));
        Assert.Equal("1", Assert.IsType<DlrEvent>(await first.NextEventAsync()).Data.MsgId);
        Assert.Equal(0, second.Inbox.Reader.Count);
    }

    /// <remarks>Also the first deliveries the instances get: the connection is made while they arrive (it once starved the thread pool).</remarks>
    [Fact]
    public async Task Of_hundreds_of_duplicate_pairs_sent_to_both_at_once_exactly_one_of_each_is_accepted()
    {
        const int Pairs = 200;
        await using var redis = await RedisServer.StartAsync();
        await using var first = await StartAsync(redis);
        await using var second = await StartAsync(redis);
        var now = DateTimeOffset.UtcNow;

        var pairs = Enumerable.Range(0, Pairs).Select(async i =>
        {
            var nonce = DeliverySimulator.NewNonce();
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sent = await Task.WhenAll(Send(first, Signed(first, id, nonce, now)), Send(second, Signed(second, id, nonce, now)));
            return sent.Order().ToArray();
        });
        var outcomes = await Task.WhenAll(pairs);

        Assert.All(outcomes, pair => Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Unauthorized], pair));
        Assert.Equal(Pairs, first.Inbox.Reader.Count + second.Inbox.Reader.Count);
    }

    [Fact]
    public async Task With_Redis_gone_a_delivery_is_refused_with_503_and_not_handled_and_accepted_once_Redis_is_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var receiver = await StartAsync(redis);
        using var warmUp = await receiver.Http.SendAsync(Signed(receiver, "0", DeliverySimulator.NewNonce(), DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        await receiver.NextEventAsync();

        await redis.StopAsync();
        var nonce = DeliverySimulator.NewNonce();
        var signedAt = DateTimeOffset.UtcNow;
        var started = DateTimeOffset.UtcNow;
        using var refused = await receiver.Http.SendAsync(Signed(receiver, "secret-text-7", nonce, signedAt));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5), "the refusal waited beyond the store's timeout");
        Assert.Equal(0, receiver.Inbox.Reader.Count);
        Assert.Contains(receiver.Logs.Lines, line => line.Contains("the replay store did not answer", StringComparison.Ordinal));
        Assert.DoesNotContain(receiver.Logs.Lines, line => line.Contains("secret-text-7", StringComparison.Ordinal));

        // The gateway retries a 5xx with the same delivery; once Redis answers again it goes through.
        await redis.StartAgainAsync();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var retried = await receiver.Http.SendAsync(Signed(receiver, "secret-text-7", nonce, signedAt));
            status = retried.StatusCode;
        }
        while (status == HttpStatusCode.ServiceUnavailable && DateTimeOffset.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("secret-text-7", Assert.IsType<DlrEvent>(await receiver.NextEventAsync()).Data.MsgId);
    }

    private static Task<Receiver> StartAsync(RedisServer redis) =>
        Receiver.StartAsync("--Seven:Redis=" + redis.ConnectionString, "--Seven:PublicBaseAddress=" + PublicBaseAddress + "/", "--Seven:Tolerance=00:05:00");

    /// <summary>A delivery to this instance, signed over the public address as the gateway signs it.</summary>
    private static HttpRequestMessage Signed(Receiver receiver, string msgId, string nonce, DateTimeOffset signedAt)
    {
        var delivery = DeliverySimulator.Build("dlr", "2021-08-24T08:08:00+02:00", $$"""{"msg_id":"{{msgId}}"}""", DeliveryMethod.Json, receiver.Endpoint);
        return DeliverySimulator.Sign(delivery, Receiver.SigningKey, signedAt, nonce, signedUrl: PublicBaseAddress + delivery.Url[receiver.BaseAddress.Length..]);
    }

    private static async Task<HttpStatusCode> Send(Receiver receiver, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await receiver.Http.SendAsync(request);
            return response.StatusCode;
        }
    }
}
