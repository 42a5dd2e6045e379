using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SevenIo.Testing.Webhooks;
using SevenIo.Webhooks.Sample;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>How the receiver is set up: behind a proxy, without a key, with a failing handler, with its own clock.</summary>
public sealed class ReceiverSetupTests
{
    [Fact]
    public async Task Behind_a_proxy_the_public_address_is_what_is_signed()
    {
        await using var receiver = await Receiver.StartAsync("--Seven:PublicBaseAddress=https://hooks.acme.inc:8443/seven-prefix/");
        var delivery = DeliverySimulator.Build("dlr", "2021-08-24T08:08:00+02:00", """{"msg_id":"1"}""", DeliveryMethod.GetNested, receiver.Endpoint);
        var publicUrl = "https://hooks.acme.inc:8443/seven-prefix" + delivery.Url[receiver.BaseAddress.Length..];

        using var publicSigned = await receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow, signedUrl: publicUrl));
        using var internalSigned = await receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (publicSigned.StatusCode, internalSigned.StatusCode));
    }

    [Fact]
    public async Task The_url_is_signed_as_sent_undecoded()
    {
        await using var receiver = await Receiver.StartAsync();
        var delivery = DeliverySimulator.Build("sms_mo", "2020-12-02 11:55:44", """{"id":"1","text":"a b+c&d=e/ü"}""", DeliveryMethod.GetFlat, receiver.Endpoint);

        using var response = await receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a b+c&d=e/ü", Assert.IsType<SmsMoEvent>(await receiver.NextEventAsync()).Data.Text);
    }

    [Fact]
    public void Without_a_signing_key_the_app_does_not_start_and_says_why()
    {
        var app = WebhookReceiver.Build([], builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));

        var e = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Seven:SigningKey", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_signatures_off_accepts_an_unsigned_delivery()
    {
        await using var receiver = await Receiver.StartAsync("--Seven:VerifySignatures=false");
        var delivery = DeliverySimulator.Build("dlr", "2021-08-24T08:08:00+02:00", """{"msg_id":"9"}""", DeliveryMethod.FormFlat, receiver.Endpoint);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(delivery.Body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", delivery.ContentType);

        using var response = await receiver.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("9", Assert.IsType<DlrEvent>(await receiver.NextEventAsync()).Data.MsgId);
    }

    [Fact]
    public async Task A_handler_that_throws_gets_500_so_that_the_gateway_retries_and_the_log_has_the_error_but_not_the_body()
    {
        await using var receiver = await MinimalReceiver.StartAsync(_ => { }, e => throw new InvalidOperationException("the database is down"));
        var delivery = DeliverySimulator.Build("sms_mo", "2020-12-02 11:55:44", """{"id":"1","text":"PRIVATE"}""", DeliveryMethod.Json, receiver.Url);

        using var response = await receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("database", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(receiver.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("the database is down", StringComparison.Ordinal));
        Assert.DoesNotContain(receiver.Logs.Lines, line => line.Contains("PRIVATE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registered_time_provider_is_the_verifiers_clock()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow.AddHours(-3));
        await using var receiver = await MinimalReceiver.StartAsync(services => services.AddSingleton<TimeProvider>(clock), _ => { });
        var delivery = DeliverySimulator.Build("dlr", "2021-08-24T08:08:00+02:00", """{"msg_id":"1"}""", DeliveryMethod.Json, receiver.Url);

        using var signedByTheClock = await receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, clock.GetUtcNow()));
        using var signedNow = await receiver.Http.SendAsync(DeliverySimulator.Sign(delivery, Receiver.SigningKey, DateTimeOffset.UtcNow));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (signedByTheClock.StatusCode, signedNow.StatusCode));
    }

    /// <summary>An app of its own with nothing but the webhook endpoint and the given handler.</summary>
    private sealed class MinimalReceiver(WebApplication app, string url, Receiver.LogLines logs) : IAsyncDisposable
    {
        public HttpClient Http { get; } = new();

        public string Url => url;

        public Receiver.LogLines Logs => logs;

        public static async Task<MinimalReceiver> StartAsync(Action<IServiceCollection> services, Action<WebhookEvent> handler)
        {
            var logs = new Receiver.LogLines();
            var builder = WebApplication.CreateSlimBuilder(["--Seven:SigningKey=" + Receiver.SigningKey]);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders().AddProvider(logs);
            services(builder.Services);
            builder.Services.AddSevenWebhooks();
            var app = builder.Build();
            app.MapSevenWebhooks("/hooks", handler);
            await app.StartAsync();
            return new MinimalReceiver(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks", logs);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
