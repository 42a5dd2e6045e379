using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SevenIo.Webhooks.Sample;

/// <summary>
/// The receiver: seven.io calls <see cref="Path"/> with every event of the webhooks registered there.
/// The endpoint answers as soon as the event is queued (the gateway waits 5 seconds at most, and
/// retries only after a 5xx), and a background service handles the queue.
/// </summary>
public static class WebhookReceiver
{
    /// <summary>Where the receiver listens; register <c>https://your.host/webhooks/seven</c> as the hook's target URL.</summary>
    public const string Path = "/webhooks/seven";

    /// <summary>Builds the app; <paramref name="configure"/> lets tests and hosts change it before it is built.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Changes to the builder, e.g. the URLs to listen on.</param>
    /// <returns>The app, not started.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // The signing key comes from configuration: Seven:SigningKey (user secrets, or the
        // environment variable Seven__SigningKey). Without one the app does not start.
        builder.Services.AddSevenWebhooks();

        // Several instances behind one address share their replay protection on Redis: set
        // Seven:Redis to a connection string (and Seven:PublicBaseAddress to the address the gateway
        // posts to). Without it each instance remembers the nonces it saw itself.
        if (!string.IsNullOrEmpty(builder.Configuration[RedisWebhookServiceCollectionExtensions.ConnectionStringKey]))
        {
            builder.Services.AddSevenWebhooksRedisNonceStore();
        }

        builder.Services.AddSingleton<WebhookInbox>();
        builder.Services.AddHostedService<InboxProcessor>();
        configure?.Invoke(builder);

        var app = builder.Build();
        var inbox = app.Services.GetRequiredService<WebhookInbox>();
        app.MapSevenWebhooks(Path, (webhookEvent, cancellationToken) => inbox.AddAsync(webhookEvent, cancellationToken));
        return app;
    }
}
