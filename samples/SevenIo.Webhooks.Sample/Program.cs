using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SevenIo;
using SevenIo.Webhooks.Sample;

// Run it: Seven__SigningKey=<your signing key> dotnet run --project samples/SevenIo.Webhooks.Sample
// Or see it work offline: dotnet run --project samples/SevenIo.Webhooks.Sample -- --demo
// (signs an inbound-SMS delivery the way the gateway does, posts it to itself, prints the event).
if (!args.Contains("--demo"))
{
    WebhookReceiver.Build(args).Run();
    return 0;
}

const string demoKey = "demo-signing-key";
await using var app = WebhookReceiver.Build(
    [.. args.Where(a => a != "--demo"), "--Seven:SigningKey=" + demoKey],
    builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
var url = address + WebhookReceiver.Path;

var body = Encoding.UTF8.GetBytes("""{"webhook_event":"sms_mo","webhook_timestamp":"2026-11-28 10:15:00","data":{"id":"681590","sender":"491771783130","system":"4915112345678","text":"Hello","time":"1795907700","message_type":"SMS"}}""");
var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
var nonce = Guid.NewGuid().ToString("N");
using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
request.Content.Headers.ContentType = new("application/json");
request.Headers.Add("X-Timestamp", timestamp);
request.Headers.Add("X-Nonce", nonce);
request.Headers.Add("X-Signature", WebhookSignature.Compute(demoKey, timestamp, nonce, "POST", url, body));

using var http = new HttpClient();
using var response = await http.SendAsync(request);
Console.WriteLine($"POST {url}: {(int)response.StatusCode}");

// Stopping drains the inbox: the event is handled (and logged) before StopAsync returns.
await app.StopAsync();
return response.IsSuccessStatusCode ? 0 : 1;
