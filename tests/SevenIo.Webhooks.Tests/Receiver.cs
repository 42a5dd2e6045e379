using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SevenIo.Webhooks.Sample;

namespace SevenIo.Webhooks.Tests;

/// <summary>
/// The sample receiver on Kestrel at a free loopback port, with its background processing taken out
/// so that the test reads the inbox itself, and every log line kept to check what it says.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    public const string SigningKey = "test-signing-key-4f1c";

    private readonly WebApplication _app;

    private Receiver(WebApplication app, string baseAddress, LogLines logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Inbox = app.Services.GetRequiredService<WebhookInbox>();
        Http = new HttpClient();
    }

    public string BaseAddress { get; }

    public string Endpoint => BaseAddress + WebhookReceiver.Path;

    public WebhookInbox Inbox { get; }

    public HttpClient Http { get; }

    public LogLines Logs { get; }

    public static async Task<Receiver> StartAsync(params string[] settings)
    {
        var logs = new LogLines();
        var app = WebhookReceiver.Build(
            ["--Seven:SigningKey=" + SigningKey, .. settings],
            builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                var processor = builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(InboxProcessor));
                builder.Services.Remove(processor);
                builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Receiver(app, address, logs);
    }

    /// <summary>The next event the endpoint queued; fails after 5 seconds.</summary>
    public async Task<WebhookEvent> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await Inbox.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Every log line, formatted, with its exception's text.</summary>
    internal sealed class LogLines : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogLines owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
