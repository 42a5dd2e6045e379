using System;
using System.Diagnostics;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>Every way the gateway can fail ends as a <see cref="SevenApiException"/> that says what happened.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_non_success_status_with_a_json_envelope_carries_its_code_and_message()
    {
        await using var server = await Gateway.AnswerAsync(401, "application/json", """{"success":false,"code":"900","error_message":"Invalid API key"}""");

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal((401, "900"), (e.StatusCode, e.ErrorCode));
        Assert.Equal("Invalid API key (HTTP 401, error code 900)", e.Message);
        Assert.Contains("Invalid API key", e.RawContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>", "The gateway answered HTTP 500 (Internal Server Error).")]
    [InlineData(503, "text/plain", "try again later", "The gateway answered HTTP 503 (Service Unavailable).")]
    [InlineData(502, null, "", "The gateway answered HTTP 502 (Bad Gateway).")]
    public async Task A_non_success_status_with_any_other_body_says_which_status(int status, string? contentType, string body, string message)
    {
        await using var server = await Gateway.AnswerAsync(status, contentType, body);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.DeleteAsync(1));

        Assert.Equal((status, (string?)null, message), (e.StatusCode, e.ErrorCode, e.Message));
        Assert.Equal(body.Length == 0 ? null : body, e.RawContent);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public async Task Success_false_with_a_code_and_message_is_a_failure_even_with_http_200()
    {
        await using var server = await Gateway.JsonAsync("""{"success":false,"code":"404","id":null,"error_message":"Webhook not found"}""");

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.DeleteAsync(99));

        Assert.Equal((200, "404", "Webhook not found (HTTP 200, error code 404)"), (e.StatusCode, e.ErrorCode, e.Message));
    }

    [Fact]
    public async Task Success_false_without_code_or_message_is_still_a_failure()
    {
        await using var server = await Gateway.JsonAsync("""{"hooks":[],"success":false}""");

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal((200, (string?)null), (e.StatusCode, e.ErrorCode));
        Assert.Equal("The gateway reported a failure without a code or message (HTTP 200).", e.Message);
    }

    [Theory]
    [InlineData("900")]
    [InlineData("902\n")]
    public async Task A_bare_numeric_body_is_the_gateways_error_code(string body)
    {
        await using var server = await Gateway.AnswerAsync(200, "text/plain", body);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.CreateAsync("https://a.example", HookEventType.All));

        Assert.Equal((200, body.Trim()), (e.StatusCode, e.ErrorCode));
        Assert.Equal($"The gateway reported error code {body.Trim()} (HTTP 200).", e.Message);
    }

    [Theory]
    [InlineData("""{"success":true,"code":null,"hooks":[{"id":"1",""", "The gateway's response could not be read")]
    [InlineData("<html>Maintenance</html>", "The gateway's response could not be read")]
    [InlineData("""{"success":true,"code":null,"hooks":[{"id":"1"}]}""", "has no 'target_url' property, which is required")]
    [InlineData("""{"success":true,"code":null,"data":[]}""", "The response has no 'hooks' property")]
    [InlineData("""{"success":true,"hooks":[{"id":"abc","target_url":"x","event_type":"all","request_method":"GET","enabled":true,"created":"2021-03-01 11:19:08"}]}""", "Expected a 64-bit integer or a string holding one but found a string")]
    [InlineData("""{"success":true,"hooks":[{"id":1,"target_url":"x","event_type":"all","request_method":"GET","enabled":true,"created":"01.03.2021"}]}""", "in the format 'yyyy-MM-dd HH:mm:ss'")]
    public async Task A_body_that_is_not_the_expected_json_is_a_failure_with_the_json_exception_inside(string body, string message)
    {
        await using var server = await Gateway.AnswerAsync(200, "application/json", body);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal(200, e.StatusCode);
        Assert.IsType<JsonException>(e.InnerException, exactMatch: false);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(body, e.RawContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n")]
    public async Task An_empty_success_body_is_a_failure(string body)
    {
        await using var server = await Gateway.AnswerAsync(200, "application/json", body);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal("The gateway sent an empty response (HTTP 200).", e.Message);
    }

    [Fact]
    public async Task A_very_large_body_is_kept_only_as_a_bounded_excerpt()
    {
        var body = "<html>" + new string('x', 1_000_000) + "</html>";
        await using var server = await Gateway.AnswerAsync(500, "text/html", body);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal(SevenApiException.MaxRawContentLength, e.RawContent!.Length);
        Assert.StartsWith("<html>xxx", e.RawContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_that_echoes_the_api_key_never_gets_it_into_the_exception()
    {
        await using var server = await Gateway.AnswerAsync(403, "application/json", $$"""{"success":false,"code":"{{Gateway.ApiKey}}","error_message":"key {{Gateway.ApiKey}} is blocked"}""");

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.DoesNotContain(Gateway.ApiKey, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Gateway.ApiKey, e.RawContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Gateway.ApiKey, e.ErrorCode, StringComparison.Ordinal);
        Assert.Equal("key [redacted] is blocked (HTTP 403, error code [redacted])", e.Message);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_cancels_it_with_that_token()
    {
        await using var server = await Gateway.JsonAsync("{}");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync(cancellation.Token));

        Assert.Equal(cancellation.Token, e.CancellationToken);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_token_cancelled_during_the_call_stops_waiting_for_the_gateway()
    {
        using var release = new SemaphoreSlim(0);
        await using var server = await Gateway.HangingAsync(release);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stopwatch = Stopwatch.StartNew();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync(cancellation.Token));

        release.Release();
        Assert.Equal(cancellation.Token, e.CancellationToken);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"Cancellation took {stopwatch.Elapsed}.");
    }
}
