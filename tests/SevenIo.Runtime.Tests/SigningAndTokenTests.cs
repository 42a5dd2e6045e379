using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SevenIo.GatewayEmulator;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>
/// Accounts that require signed requests, OAuth bearer tokens and the SentWith header, on the wire:
/// against the emulator, which verifies signatures as the reference describes them, and against a
/// server that echoes everything it got, to show that no secret reaches an exception, a log or a trace.
/// </summary>
public sealed class SigningAndTokenTests
{
    private const string Token = "oauth-access-token-5c1f9e27";

    [Fact]
    public async Task A_wrong_secret_is_a_typed_901_that_says_the_secret_is_wrong_and_none_says_it_is_missing()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey, Gateway.SigningSecret);

        var wrong = await Assert.ThrowsAsync<SevenApiException>(() => Client(emulator.BaseAddress, o => o.SigningSecret = "another-secret").Balance.GetAsync());
        var missing = await Assert.ThrowsAsync<SevenApiException>(() => Client(emulator.BaseAddress).Balance.GetAsync());

        Assert.Equal(("901", "901"), (wrong.ErrorCode, missing.ErrorCode));
        Assert.Contains("requires signed requests, and SigningSecret is wrong", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("requires signed requests, and SigningSecret is not set", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("another-secret", wrong.Message + wrong.RawContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signature_covers_method_url_timestamp_nonce_and_body_as_the_reference_says()
    {
        await using var server = await Gateway.JsonAsync("""{"success":"100","messages":[]}""");

        await Client(server.BaseAddress, o => o.SigningSecret = Gateway.SigningSecret).Sms.SendAsync("49170123456", "Hi & bye", new SmsSendOptions { Label = "ä" });

        var request = Assert.Single(server.Requests);
        var (timestamp, nonce) = (request.Header("X-Timestamp")!, request.Header("X-Nonce")!);
#pragma warning disable CA5351 // MD5 is what the gateway signs over.
        var bodyMd5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(request.Body))).ToLowerInvariant();
#pragma warning restore CA5351
        var signed = $"{timestamp}\n{nonce}\nPOST\n{server.BaseAddress.AbsoluteUri.TrimEnd('/')}/api/sms\n{bodyMd5}";
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Gateway.SigningSecret), Encoding.UTF8.GetBytes(signed))).ToLowerInvariant();
        Assert.Equal(expected, request.Header("X-Signature"));
        Assert.Matches("^[0-9a-f]{32}$", nonce);
        Assert.InRange(long.Parse(timestamp, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task The_emulator_refuses_a_replayed_nonce_and_a_stale_timestamp()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey, Gateway.SigningSecret);
        await Client(emulator.BaseAddress, o => o.SigningSecret = Gateway.SigningSecret).Balance.GetAsync();
        var first = Assert.Single(emulator.Requests);
        using var http = new HttpClient();

        var replayed = await SendRawAsync(http, emulator.BaseAddress, first.Header("X-Timestamp")!, first.Header("X-Nonce")!, first.Header("X-Signature")!);
        var staleTime = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var stale = await SendRawAsync(http, emulator.BaseAddress, staleTime, "0123456789abcdef0123456789abcdef", WebhookSignature.Compute(Gateway.SigningSecret, staleTime, "0123456789abcdef0123456789abcdef", "GET", emulator.BaseAddress.AbsoluteUri.TrimEnd('/') + "/api/balance", default));
        var freshTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var fresh = await SendRawAsync(http, emulator.BaseAddress, freshTime, "fedcba9876543210fedcba9876543210", WebhookSignature.Compute(Gateway.SigningSecret, freshTime, "fedcba9876543210fedcba9876543210", "GET", emulator.BaseAddress.AbsoluteUri.TrimEnd('/') + "/api/balance", default));

        Assert.Equal(("901", "901"), (replayed, stale));
        Assert.NotEqual("901", fresh);
    }

    [Fact]
    public async Task A_key_written_Bearer_goes_in_the_Authorization_header_instead_of_the_key_header()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Token);

        var balance = await new SevenClient(new HttpClient(), new SevenClientOptions { ApiKey = "Bearer " + Token, BaseAddress = emulator.BaseAddress }).Balance.GetAsync();

        var request = Assert.Single(emulator.Requests);
        Assert.Equal(("Bearer " + Token, (string?)null), (request.Header("Authorization"), request.Header("X-Api-Key")));
        Assert.True(balance.Amount > 0);
    }

    [Fact]
    public async Task The_token_provider_is_asked_before_each_request_and_its_token_sent_as_bearer()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Token, Gateway.SigningSecret);
        var asked = 0;
        var client = new SevenClient(new HttpClient(), new SevenClientOptions
        {
            BaseAddress = emulator.BaseAddress,
            SigningSecret = Gateway.SigningSecret,
            AccessTokenProvider = _ => Task.FromResult(Interlocked.Increment(ref asked) > 0 ? Token : string.Empty),
        });

        await client.Balance.GetAsync();
        await client.Hooks.ListAsync();

        Assert.Equal(2, asked);
        Assert.All(emulator.Requests, r => Assert.Equal(("Bearer " + Token, (string?)null), (r.Header("Authorization"), r.Header("X-Api-Key"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("token\r\nX-Injected: 1")]
    public async Task A_token_that_cannot_be_a_header_is_refused_without_repeating_it(string token)
    {
        var client = new SevenClient(new HttpClient(), new SevenClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/"), AccessTokenProvider = _ => Task.FromResult(token) });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Balance.GetAsync());

        Assert.DoesNotContain("X-Injected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_names_the_client_in_SentWith_and_a_user_can_name_their_own()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"code":null,"hooks":[]}""");

        await Gateway.Client(server.BaseAddress).Hooks.ListAsync();
        await Client(server.BaseAddress, o => o.SentWith = "acme-crm").Hooks.ListAsync();

        Assert.Equal(["dotnet-generator", "acme-crm"], server.Requests.Select(r => r.Header("SentWith")));
        Assert.Throws<ArgumentException>(() => Client(server.BaseAddress, o => o.SentWith = "a\nb"));
    }

    [Fact]
    public async Task Neither_secret_nor_token_reaches_an_exception_a_log_a_trace_or_ToString()
    {
        // A server that fails every request and echoes everything it received, headers included.
        await using var echo = await Gateway.HandleAsync(async context =>
        {
            var headers = string.Join(" ", context.Request.Headers.Select(h => h.Key + "=" + h.Value));
            context.Response.StatusCode = 500;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"success":false,"code":"901","error_message":"got {{headers.Replace("\"", "'", StringComparison.Ordinal)}}"}""");
        });
        var logger = new ListLogger();
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SevenIo.SevenClient",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var withToken = new SevenClientOptions { BaseAddress = echo.BaseAddress, SigningSecret = Gateway.SigningSecret, AccessTokenProvider = _ => Task.FromResult(Token), Logger = logger };
        var withBearerKey = new SevenClientOptions { ApiKey = "Bearer " + Token, BaseAddress = echo.BaseAddress, SigningSecret = Gateway.SigningSecret, Logger = logger };

        var failures = new List<SevenApiException>
        {
            await Assert.ThrowsAsync<SevenApiException>(() => new SevenClient(new HttpClient(), withToken).Balance.GetAsync()),
            await Assert.ThrowsAsync<SevenApiException>(() => new SevenClient(new HttpClient(), withBearerKey).Hooks.ListAsync()),
        };

        var seen = failures.Select(e => e.ToString() + e.RawContent + e.ErrorCode)
            .Concat(logger.Entries.Select(e => e.Message + e.Exception))
            .Concat(activities.Where(a => a.GetTagItem("server.port") is int port && port == echo.BaseAddress.Port).SelectMany(a => a.TagObjects).Select(t => t.Value?.ToString()))
            .Append(withToken.ToString())
            .Append(withBearerKey.ToString())
            .ToList();
        Assert.Contains("[redacted]", failures[0].RawContent, StringComparison.Ordinal);
        Assert.All(seen, s => Assert.DoesNotContain(Token, s ?? string.Empty, StringComparison.Ordinal));
        Assert.All(seen, s => Assert.DoesNotContain(Gateway.SigningSecret, s ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains("SigningSecret = <set>", withToken.ToString(), StringComparison.Ordinal);
    }

    private static SevenClient Client(Uri baseAddress, Action<SevenClientOptions>? configure = null)
    {
        var options = new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = baseAddress };
        configure?.Invoke(options);
        return new SevenClient(new HttpClient(), options);
    }

    private static async Task<string> SendRawAsync(HttpClient http, Uri baseAddress, string timestamp, string nonce, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/api/balance"));
        request.Headers.Add("X-Api-Key", Gateway.ApiKey);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Signature", signature);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
