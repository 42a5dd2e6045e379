using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SevenIo.Webhooks.Sample;

/// <summary>
/// Handles the events in the background, one by one, typed. On shutdown it handles what is queued
/// before it stops (the web server has stopped taking requests by then).
/// </summary>
public sealed partial class InboxProcessor(WebhookInbox inbox, ILogger<InboxProcessor> logger) : BackgroundService
{
    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        inbox.Complete();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not cancelled by stoppingToken: StopAsync completes the inbox, and the loop ends once it is empty.
        await foreach (var webhookEvent in inbox.Reader.ReadAllAsync(CancellationToken.None))
        {
            // Deliveries can come twice (the gateway retries): deduplicate on the IDs where it matters.
            switch (webhookEvent)
            {
                case SmsMoEvent sms:
                    InboundSms(sms.Data.Id, sms.Data.Sender, sms.Data.Text?.Length ?? 0);
                    break;
                case DlrEvent report:
                    StatusReport(report.Data.MsgId, report.Data.Status);
                    break;
                case RcsEvent { Data: RcsMessage message }:
                    RcsMessage(message.Id, message.ContentType);
                    break;
                case RcsEvent { Data: RcsStatusUpdate update }:
                    RcsStatus(update.MsgId, update.Status);
                    break;
                case UnknownWebhookEvent unknown:
                    Unknown(unknown.EventType);
                    break;
                default:
                    Other(webhookEvent.EventType, webhookEvent.Time);
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound SMS {Id} from {Sender}, {Length} characters")]
    private partial void InboundSms(string? id, string? sender, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Id} is now {Status}")]
    private partial void StatusReport(string? id, DeliveryStatus? status);

    [LoggerMessage(Level = LogLevel.Information, Message = "RCS message {Id} ({ContentType})")]
    private partial void RcsMessage(string? id, RcsContentType? contentType);

    [LoggerMessage(Level = LogLevel.Information, Message = "RCS message {Id} is now {Status}")]
    private partial void RcsStatus(string? id, RcsMessageStatus? status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {EventType} event the spec does not describe; add it to a spec file to read it typed")]
    private partial void Unknown(WebhookEventType? eventType);

    [LoggerMessage(Level = LogLevel.Information, Message = "{EventType} event of {Time}")]
    private partial void Other(WebhookEventType? eventType, System.DateTimeOffset? time);
}
