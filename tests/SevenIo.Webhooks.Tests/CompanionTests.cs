using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SevenIo.Runtime;
using Xunit;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// The ASP.NET Core companion on its own, without generated code: an endpoint over a plain event
/// type and reader, on Kestrel, with the wording a spec gives it; and the registration's binding and
/// start-time check under a configuration section of the caller's choosing.
/// </summary>
public sealed class CompanionTests
{
    private const string Key = "companion-key";

    private sealed record PlainEvent(string Kind);

    [Theory]
    [InlineData(true, "the sender retries it.", "the sender will retry.")]
    [InlineData(false, "the sender may deliver it again.", "the sender may deliver it again.")]
    public async Task A_failing_handler_is_a_500_in_the_senders_words_and_the_log_names_the_event(bool retries, string detail, string log)
    {
        var endpoint = new WebhookEndpoint<PlainEvent>(Read, e => e.Kind, "Acme.Hooks", "sender", retries);
        await using var host = await Host.StartAsync(endpoint, (_, _) => throw new InvalidOperationException("handler broke"));

        using var response = await host.PostSignedAsync("""{"kind":"ping"}""");

        Assert.Equal(500, (int)response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("The delivery was read, but handling it failed; " + detail, problem.GetProperty("detail").GetString());
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Error Acme.Hooks: The handler of the ping webhook event failed; " + log, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_delivery_reaches_the_handler_with_what_the_reader_made()
    {
        var received = new TaskCompletionSource<PlainEvent>();
        var endpoint = new WebhookEndpoint<PlainEvent>(Read, e => e.Kind, "Acme.Hooks", "sender", serviceRetries: true);
        await using var host = await Host.StartAsync(endpoint, (e, _) => { received.SetResult(e); return Task.CompletedTask; });

        using var response = await host.PostSignedAsync("""{"kind":"ping"}""");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(new PlainEvent("ping"), await received.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Debug Acme.Hooks: Handled the ping webhook event.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_the_reader_refuses_is_a_400_with_its_reason()
    {
        var endpoint = new WebhookEndpoint<PlainEvent>(_ => throw new WebhookFormatException("no kind"), e => e.Kind, "Acme.Hooks", "sender", serviceRetries: true);
        await using var host = await Host.StartAsync(endpoint, (_, _) => Task.CompletedTask);

        using var response = await host.PostSignedAsync("{}");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("no kind", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public void Null_arguments_are_refused_under_the_names_the_generated_methods_use()
    {
        var endpoint = new WebhookEndpoint<PlainEvent>(Read, e => e.Kind, "Acme.Hooks", "sender", serviceRetries: true);
        var app = WebApplication.CreateSlimBuilder().Build();

        Assert.Equal("endpoints", Assert.Throws<ArgumentNullException>(() => endpoint.Map(null!, "/hooks", new object(), (_, _) => Task.CompletedTask)).ParamName);
        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => endpoint.Map(app, "/hooks", null!, (_, _) => Task.CompletedTask)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => WebhookServices.Add(null!, "Acme", "AddAcmeWebhooks", null)).ParamName);
        Assert.Throws<ArgumentException>(() => new WebhookEndpoint<PlainEvent>(Read, e => e.Kind, string.Empty, "sender", serviceRetries: true));
    }

    [Fact]
    public void The_options_come_from_the_given_section_then_configure_and_a_missing_key_names_the_section_and_the_method()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new[] { new System.Collections.Generic.KeyValuePair<string, string?>("Acme:Tolerance", "00:01:00"), new("Acme:MaxBodySize", "1000") })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        WebhookServices.Add(services, "Acme", "AddAcmeWebhooks", options => options.MaxBodySize = 2000);
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SevenWebhookOptions>>().Value);
        Assert.Contains("'Acme:SigningKey'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AddAcmeWebhooks(options => ...)", failure.Message, StringComparison.Ordinal);

        var keyed = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        WebhookServices.Add(keyed, "Acme", "AddAcmeWebhooks", options => { options.SigningKey = Key; options.MaxBodySize = 2000; });
        using var keyedProvider = keyed.BuildServiceProvider();
        var options = keyedProvider.GetRequiredService<IOptions<SevenWebhookOptions>>().Value;
        Assert.Equal((TimeSpan.FromMinutes(1), 2000), (options.Tolerance, options.MaxBodySize));
        Assert.IsType<MemoryWebhookNonceStore>(keyedProvider.GetRequiredService<IWebhookNonceStore>());
        Assert.NotNull(keyedProvider.GetRequiredService<WebhookVerifier>());
    }

    private static PlainEvent Read(WebhookRequest request) =>
        new(JsonDocument.Parse(request.Body).RootElement.GetProperty("kind").GetString()!);

    private sealed class Host : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly HttpClient _http = new();
        private readonly string _url;

        private Host(WebApplication app, string url, Receiver.LogLines logs)
        {
            _app = app;
            _url = url;
            Logs = logs;
        }

        public Receiver.LogLines Logs { get; }

        public static async Task<Host> StartAsync(WebhookEndpoint<PlainEvent> endpoint, Func<PlainEvent, Microsoft.AspNetCore.Http.HttpContext, Task> handle)
        {
            var logs = new Receiver.LogLines();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
            WebhookServices.Add(builder.Services, "Acme", "AddAcmeWebhooks", options => options.SigningKey = Key);
            var app = builder.Build();
            endpoint.Map(app, "/hooks", handle, handle);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Host(app, address + "/hooks", logs);
        }

        public async Task<HttpResponseMessage> PostSignedAsync(string json)
        {
            var body = Encoding.UTF8.GetBytes(json);
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var nonce = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(Key, timestamp, nonce, "POST", _url, body));
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
            request.Headers.Add(WebhookSignature.NonceHeader, nonce);
            return await _http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
