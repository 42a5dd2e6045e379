using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SevenIo;

// AddSevenWebhooks and MapSevenWebhooks are generated because this project references SevenIo.Webhooks.AspNetCore.
// The app receives one signed delivery (typed event back, 200) and one with a tampered body (401).
const string signingKey = "consumer-signing-key";
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddSevenWebhooks(options => options.SigningKey = signingKey);
if (!string.IsNullOrEmpty(builder.Configuration["Seven:Redis"]))
{
    builder.Services.AddSevenWebhooksRedisNonceStore(options => options.KeyPrefix = "consumer:");
}

await using var app = builder.Build();
var received = new TaskCompletionSource<WebhookEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
app.MapSevenWebhooks("/webhooks/seven", webhookEvent => received.TrySetResult(webhookEvent));
await app.StartAsync();
var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/webhooks/seven";

using var http = new HttpClient();
var body = Encoding.UTF8.GetBytes("""{"webhook_event":"dlr","webhook_timestamp":"1795907700","data":{"msg_id":"77252877851","status":"DELIVERED"}}""");
var accepted = await PostAsync(body, body);
var tampered = await PostAsync(body, Encoding.UTF8.GetBytes("""{"webhook_event":"dlr","webhook_timestamp":"1795907700","data":{"msg_id":"1","status":"DELIVERED"}}"""));
var report = await received.Task.WaitAsync(TimeSpan.FromSeconds(10)) as DlrEvent;
Console.WriteLine($"web: signed delivery {accepted}, tampered {tampered}, event {report?.Data.MsgId} {report?.Data.Status}");
await app.StopAsync();
return accepted == 200 && tampered == 401 && report?.Data.Status == DeliveryStatus.Delivered ? 0 : 1;

async Task<int> PostAsync(byte[] signedBody, byte[] sentBody)
{
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    var nonce = Guid.NewGuid().ToString("N");
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(sentBody) };
    request.Content.Headers.ContentType = new("application/json");
    request.Headers.Add("X-Timestamp", timestamp);
    request.Headers.Add("X-Nonce", nonce);
    request.Headers.Add("X-Signature", WebhookSignature.Compute(signingKey, timestamp, nonce, "POST", url, signedBody));
    using var response = await http.SendAsync(request);
    return (int)response.StatusCode;
}
