using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>The rows of docs/errors.md that are about the connection rather than the body.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task An_HttpClient_timeout_is_a_TimeoutException_not_a_cancellation()
    {
        using var release = new SemaphoreSlim(0);
        await using var server = await Gateway.HangingAsync(release);
        var client = Gateway.Client(server.BaseAddress, new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) });
        using var caller = new CancellationTokenSource();

        var e = await Assert.ThrowsAsync<TimeoutException>(() => client.Hooks.ListAsync(caller.Token));

        release.Release();
        Assert.False(caller.IsCancellationRequested);
        Assert.Equal("The gateway did not answer within the HttpClient's timeout of 00:00:00.2000000.", e.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(e.InnerException);
    }

    [Fact]
    public async Task A_connection_reset_mid_body_stays_the_HttpRequestException_dotnet_raised()
    {
        await using var server = await Gateway.HandleAsync(async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("{\"success\":true,\"hooks\":[");
            await context.Response.Body.FlushAsync();
            await Task.Delay(300); // the client now has the headers and is reading the body
            context.Abort();
        });

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        // Not wrapped: the caller sees .NET's own error kind and the socket error underneath.
        var socket = Assert.IsType<System.Net.Sockets.SocketException>(e.InnerException?.InnerException);
        Assert.Equal(System.Net.Sockets.SocketError.ConnectionReset, socket.SocketErrorCode);
    }

    [Fact]
    public async Task An_unreachable_gateway_is_an_HttpRequestException_with_its_error_kind()
    {
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Gateway.Client(new Uri("http://127.0.0.1:1/")).Hooks.ListAsync());

        Assert.Equal(HttpRequestError.ConnectionError, e.HttpRequestError);
    }

    [Fact]
    public async Task The_body_decides_not_the_content_type()
    {
        await using var json = await Gateway.AnswerAsync(200, "text/html", """{"success":true,"code":null,"id":5,"error_message":null}""");
        await using var html = await Gateway.AnswerAsync(200, "application/json", "<!DOCTYPE html><html></html>");

        var result = await Gateway.Client(json.BaseAddress).Hooks.DeleteAsync(5);
        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(html.BaseAddress).Hooks.DeleteAsync(5));

        Assert.Equal(5, result.Id);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e.InnerException);
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_still_gives_an_exception_with_an_excerpt()
    {
        await using var server = await Gateway.HandleAsync(async context =>
        {
            context.Response.StatusCode = 500;
            await context.Response.Body.WriteAsync(new byte[] { 0xFF, 0xFE, 0x41, 0xC3, 0x28, 0x80 });
        });

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal(500, e.StatusCode);
        Assert.Contains("A", e.RawContent, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', e.RawContent!);
    }
}
