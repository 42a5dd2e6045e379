using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SevenIo.AotSmoke;

/// <summary>
/// The receiver path ahead of time: <c>AddSevenWebhooks</c> and <c>MapSevenWebhooks</c> on Kestrel,
/// a signed JSON delivery, a signed nested form delivery and a tampered one.
/// </summary>
internal static class ReceiverSmoke
{
    private const string SigningKey = "aot-signing-key";

    public static async Task<bool> RunAsync(HttpClient http)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSevenWebhooks(options => options.SigningKey = SigningKey);
        await using var app = builder.Build();
        var received = new ConcurrentQueue<WebhookEvent>();
        app.MapSevenWebhooks("/webhooks/seven", received.Enqueue);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/webhooks/seven";

        var json = await PostAsync(http, url, "application/json", """{"webhook_event":"dlr","webhook_timestamp":"2026-11-28T10:15:00+01:00","data":{"msg_id":"77252877851","status":"DELIVERED"}}""");
        var form = await PostAsync(http, url, "application/x-www-form-urlencoded", "webhook_event=sms_mo&webhook_timestamp=2026-11-28+10%3A15%3A00&data[id]=681590&data[sender]=491771783130&data[text]=Hello+AOT");
        var tampered = await PostAsync(http, url, "application/json", """{"webhook_event":"dlr","data":{}}""", signedBody: "{}");
        await app.StopAsync();

        var events = received.ToArray();
        var ok = json == HttpStatusCode.OK && form == HttpStatusCode.OK && tampered == HttpStatusCode.Unauthorized
            && events.Length == 2
            && events[0] is DlrEvent { Data.Status: var status } && status == DeliveryStatus.Delivered
            && events[1] is SmsMoEvent { Data.Text: "Hello AOT" } sms && sms.Time?.Offset == TimeSpan.FromHours(1);
        Console.WriteLine($"AOT receiver: JSON {(int)json}, form {(int)form}, tampered {(int)tampered}, events {string.Join(", ", events.Select(e => e.GetType().Name))}: {(ok ? "ok" : "FAILED")}");
        return ok;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string url, string contentType, string body, string? signedBody = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Signature", WebhookSignature.Compute(SigningKey, timestamp, nonce, "POST", url, Encoding.UTF8.GetBytes(signedBody ?? body)));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
