using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace SevenIo.Webhooks.Sample;

/// <summary>
/// Events received and not yet handled. Bounded: when it is full, the endpoint waits, and the
/// gateway, after 5 seconds without an answer, delivers the event again later.
/// </summary>
public sealed class WebhookInbox
{
    private readonly Channel<WebhookEvent> _events = Channel.CreateBounded<WebhookEvent>(new BoundedChannelOptions(10_000) { SingleReader = true });

    /// <summary>The events in the order they arrived.</summary>
    public ChannelReader<WebhookEvent> Reader => _events.Reader;

    /// <summary>Queues an event.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="cancellationToken">Cancelled when the gateway gives up on the request.</param>
    /// <returns>A task that completes when the event is queued.</returns>
    public Task AddAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) =>
        _events.Writer.WriteAsync(webhookEvent, cancellationToken).AsTask();

    /// <summary>Takes no more events: a delivery after this is answered 500, and the gateway delivers it again later.</summary>
    public void Complete() => _events.Writer.TryComplete();
}
