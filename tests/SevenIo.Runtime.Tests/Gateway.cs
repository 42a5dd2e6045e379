using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SevenIo.GatewayEmulator;

namespace SevenIo.Runtime.Tests;

/// <summary>A loopback server that answers every request the same way, and a client pointed at it.</summary>
internal static class Gateway
{
    public const string ApiKey = "test-key-7f3a9c";

    /// <summary>An account's signing secret, for the tests of signed requests.</summary>
    public const string SigningSecret = "signing-secret-41d2e8b0";

    public static Task<LoopbackServer> AnswerAsync(int status, string? contentType, string body) =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            if (contentType is not null)
            {
                context.Response.ContentType = contentType;
            }

            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        });

    public static Task<LoopbackServer> JsonAsync(string body) => AnswerAsync(200, "application/json", body);

    public static Task<LoopbackServer> HandleAsync(RequestDelegate handler) => LoopbackServer.StartAsync(handler);

    /// <summary>A gateway that takes requests but answers only once <paramref name="release"/> is released (or after 30 s).</summary>
    public static Task<LoopbackServer> HangingAsync(System.Threading.SemaphoreSlim release) => LoopbackServer.StartAsync(async context =>
    {
        await release.WaitAsync(TimeSpan.FromSeconds(30));
        await context.Response.WriteAsync("{}");
    });

    public static SevenClient Client(Uri baseAddress, HttpClient? httpClient = null) =>
        new(httpClient ?? new HttpClient(), new SevenClientOptions { ApiKey = ApiKey, BaseAddress = baseAddress });
}
